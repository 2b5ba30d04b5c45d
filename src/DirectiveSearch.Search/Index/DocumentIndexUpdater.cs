using System.Runtime.ExceptionServices;
using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Graph;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DirectiveSearch.Search.Index;

/// <summary>A document an incremental change writes: its block (passages and record) and, when its files changed, its sources.</summary>
/// <param name="Sources">The document's files with the folder each stored path is relative to; null keeps the stored ones (only its citations moved).</param>
public sealed record IndexedDocument(DocumentRecord Record, DocumentCitations Citations, RecordState State, IReadOnlyList<(ParsedSource Source, string? Root)>? Sources);

/// <summary>One commit's worth of change to an index written for incremental change.</summary>
/// <param name="Written">Documents added, changed, or whose citations the change re-resolved.</param>
/// <param name="Removed">Ids of documents that leave the index.</param>
/// <param name="Directory">The directive directory after the change.</param>
/// <param name="Ids">The id ledger after the change.</param>
public sealed record IndexChange(IReadOnlyList<IndexedDocument> Written, IReadOnlyList<string> Removed, DirectiveDirectory Directory, DocumentIdLedger Ids);

/// <summary>
/// Writes an <see cref="IndexChange"/> into the existing index as one commit: each written document's block replaces
/// the old one by its <see cref="IndexFields.Block"/> term (<see cref="IndexWriter.UpdateDocuments(Term, IEnumerable{IEnumerable{IIndexableField}})"/>,
/// atomic per block), removed documents' blocks and sources are deleted by term, and the directory and id ledger
/// documents are replaced. Every other document stays where it is, in segment files this commit does not touch (a
/// deletion only adds a small live-docs file). Lucene publishes a commit by writing its segments file last, so a process
/// killed at any moment leaves either the previous commit or this one; a failure rolls the writer back, as
/// <see cref="DocumentIndexWriter"/> does.
/// </summary>
public static class DocumentIndexUpdater
{
    public static void Apply(string indexDirectory, IndexChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var directory = FSDirectory.Open(new DirectoryInfo(indexDirectory));
        using var analyzer = IndexAnalyzers.Create();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.APPEND,
            Similarity = SearchSimilarity.Create(),
            RAMBufferSizeMB = 64,
        };
        var writer = new IndexWriter(directory, config);
        try
        {
            foreach (var id in change.Removed)
            {
                writer.DeleteDocuments(new Term(IndexFields.Block, id));
                writer.DeleteDocuments(new Term(IndexFields.SourceDocument, id));
            }

            foreach (var document in change.Written)
                Write(writer, document);
            writer.UpdateDocument(new Term(IndexFields.Kind, IndexFields.KindDirectory), LuceneDocuments.Directory(change.Directory));
            writer.UpdateDocument(new Term(IndexFields.Kind, IndexFields.KindIdLedger), LuceneDocuments.IdLedger(change.Ids));
            writer.Commit();
        }
        catch (Exception failure)
        {
            DocumentIndexWriter.Rollback(writer);
            ExceptionDispatchInfo.Capture(DocumentIndexWriter.Unwrapped(failure)).Throw();
        }

        writer.Dispose();
    }

    private static void Write(IndexWriter writer, IndexedDocument document)
    {
        var record = document.Record;
        writer.UpdateDocuments(new Term(IndexFields.Block, record.Id), LuceneDocuments.Block(record, document.Citations, document.State));
        if (document.Sources is not { } sources)
            return;
        // Deletes apply to what was added before them, so the old sources go first.
        writer.DeleteDocuments(new Term(IndexFields.SourceDocument, record.Id));
        foreach (var (source, root) in sources)
        {
            var sameText = string.Equals(record.Text, source.Text, StringComparison.Ordinal);
            writer.AddDocument(LuceneDocuments.Source(source, sameText ? record.Id : null, root, record.Id));
        }
    }
}
