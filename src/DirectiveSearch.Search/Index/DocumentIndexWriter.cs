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
/// killed before <see cref="IndexWriter.Commit()"/> leaves the previous generation readable and whole.
/// </summary>
public static class DocumentIndexWriter
{
    /// <param name="citations">The records' citations, resolved over the whole corpus (<see cref="Core.Citations.Resolve.CorpusCitationResolver"/>); a record without an entry cites nothing.</param>
    /// <param name="ids">The ids given so far, removed ones included; null stores the ids of <paramref name="records"/> alone.</param>
    public static void Write(string indexDirectory, IReadOnlyList<DocumentRecord> records, IReadOnlyList<DocumentCitations> citations, IReadOnlyList<ParsedSource> sources, DocumentIdLedger? ids = null)
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
        using var writer = new IndexWriter(directory, config);
        // IndexWriter takes documents from several threads at once (one in-memory segment each); a record's
        // block (its passages, then the record) stays contiguous. Measured on the 208 bench laws
        // (117,839 passages): 32 s → 25 s. Stored fields are compressed in chunks of consecutive docs, and
        // passages come before their record in the chunk, so reading a passage does not inflate the record's JSON.
        Parallel.ForEach(
            records,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            record => writer.AddDocuments(LuceneDocuments.Block(record, citationsById.GetValueOrDefault(record.Id))));
        // Most documents have one source, or a best source whose text became the record's.
        var recordBySource = records
            .SelectMany(record => record.Sources.Select(file => (file.Path, record)))
            .GroupBy(pair => pair.Path, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().record, StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var record = recordBySource.GetValueOrDefault(source.File.Path);
            var sameText = record is not null && string.Equals(record.Text, source.Text, StringComparison.Ordinal);
            writer.AddDocument(LuceneDocuments.Source(source, sameText ? record!.Id : null));
        }
        // What search needs of the knowledge base, so a search does not have to build it from every record.
        writer.AddDocument(LuceneDocuments.Directory(new KnowledgeBase(records, citations).Directory));
        // In the same commit as the records, so an id and the documents it names are published together.
        writer.AddDocument(LuceneDocuments.IdLedger(ids ?? DocumentIdLedger.Of(records)));
        writer.Commit();
    }
}
