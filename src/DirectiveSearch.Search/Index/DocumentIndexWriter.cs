using System.Runtime.ExceptionServices;
using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Graph;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// Writes a complete index generation: every record with its resolved citations, its passages and the parsed sources, in one
/// Lucene commit. Lucene publishes a commit by writing a new segments file last, so a process
/// killed before <see cref="IndexWriter.Commit()"/> leaves the previous generation readable and whole. Any failure
/// (a full disk, a damaged file) rolls the writer back: disposing an IndexWriter commits what it holds, which
/// would publish a part of the generation, and with <see cref="OpenMode.CREATE"/> drop everything else.
/// </summary>
public static class DocumentIndexWriter
{
    /// <param name="citations">The records' citations, resolved over the whole corpus (<see cref="Core.Citations.Resolve.CorpusCitationResolver"/>); a record without an entry cites nothing.</param>
    /// <param name="rootOf">The folder a source's stored path is relative to (<see cref="SourceLocation"/>), or null.</param>
    /// <param name="ids">The ids given so far, removed ones included; null stores the ids of <paramref name="records"/> alone.</param>
    /// <param name="states">Each record's <see cref="RecordState"/>, which lets later changes be written incrementally (<see cref="DocumentIndexUpdater"/>); null writes an index the next ingest rewrites whole.</param>
    public static void Write(string indexDirectory, IReadOnlyList<DocumentRecord> records, IReadOnlyList<DocumentCitations> citations, IReadOnlyList<ParsedSource> sources, Func<SourceFile, string?>? rootOf = null, DocumentIdLedger? ids = null, Func<string, RecordState?>? states = null)
    {
        var citationsById = citations.ToDictionary(c => c.DocumentId, StringComparer.Ordinal);
        System.IO.Directory.CreateDirectory(indexDirectory);
        using var directory = FSDirectory.Open(new DirectoryInfo(indexDirectory));
        using var analyzer = IndexAnalyzers.Create();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = SearchSimilarity.Create(),
            RAMBufferSizeMB = 64,
        };
        var writer = new IndexWriter(directory, config);
        try
        {
            Add(writer, records, citationsById, citations, sources, rootOf, ids, states);
            writer.Commit();
        }
        catch (Exception failure)
        {
            Rollback(writer);
            ExceptionDispatchInfo.Capture(Unwrapped(failure)).Throw();
        }

        writer.Dispose();
    }

    private static void Add(IndexWriter writer, IReadOnlyList<DocumentRecord> records, Dictionary<string, DocumentCitations> citationsById, IReadOnlyList<DocumentCitations> citations, IReadOnlyList<ParsedSource> sources, Func<SourceFile, string?>? rootOf, DocumentIdLedger? ids, Func<string, RecordState?>? states)
    {
        // IndexWriter takes documents from several threads at once (one in-memory segment each); a record's
        // block (its passages, then the record) stays contiguous. Measured on the 208 bench laws
        // (117,839 passages): 32 s → 25 s. Stored fields are compressed in chunks of consecutive docs, and
        // passages come before their record in the chunk, so reading a passage does not inflate the record's JSON.
        Parallel.ForEach(
            records,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            record => writer.AddDocuments(LuceneDocuments.Block(record, citationsById.GetValueOrDefault(record.Id), states?.Invoke(record.Id))));
        // Most documents have one source, or a best source whose text became the record's.
        var recordBySource = records
            .SelectMany(record => record.Sources.Select(file => (file.Path, record)))
            .GroupBy(pair => pair.Path, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().record, StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var record = recordBySource.GetValueOrDefault(source.File.Path);
            var sameText = record is not null && string.Equals(record.Text, source.Text, StringComparison.Ordinal);
            writer.AddDocument(LuceneDocuments.Source(source, sameText ? record!.Id : null, rootOf?.Invoke(source.File), record?.Id));
        }
        // What search needs of the knowledge base, so a search does not have to build it from every record.
        writer.AddDocument(LuceneDocuments.Directory(new KnowledgeBase(records, citations).Directory));
        // In the same commit as the records, so an id and the documents it names are published together.
        writer.AddDocument(LuceneDocuments.IdLedger(ids ?? DocumentIdLedger.Of(records)));
        if (states is not null)
            writer.AddDocument(LuceneDocuments.Layout());
    }

    /// <summary>Closes the writer without committing and deletes the files it wrote; the last commit stays the index.</summary>
    internal static void Rollback(IndexWriter writer)
    {
        try
        {
            writer.Rollback();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // Lucene has already closed a writer after a tragic failure; nothing of this run was committed either way.
        }
    }

    /// <summary>A failure in one of the parallel adds arrives wrapped; callers handle the disk's own exception.</summary>
    internal static Exception Unwrapped(Exception failure) =>
        failure is AggregateException aggregate
            ? aggregate.Flatten().InnerExceptions.FirstOrDefault(e => e is IOException) ?? aggregate.Flatten().InnerExceptions[0]
            : failure;
}
