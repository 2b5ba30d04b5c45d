using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>
/// Ingests files into the on-disk index: reuses what the last commit already parsed (by content
/// hash), keeps the ids it gave (<see cref="Grouping.DocumentIdAssigner"/>), drops what disappeared, resolves every citation across the whole corpus (an undated mention
/// in one plan joins the directive another plan dated), and commits a new generation only when
/// something changed.
/// </summary>
public sealed class IndexBuilder(ReaderCatalog readers, IngestOptions options)
{
    public IndexBuildResult Build(string indexDirectory, IReadOnlyList<string> paths, IProgress<IngestProgress>? progress = null)
    {
        var (previous, ids) = Previous(indexDirectory);
        var report = new IngestRunner(readers, options).Run(paths, progress, previous, ids);
        var unchanged = previous is not null
            && report.ParsedCount == 0
            && SameFiles(previous, report.Sources);
        if (unchanged)
            return new IndexBuildResult(report, Committed: false, CitationCount: null);
        var resolver = options.MeetingFile is null ? new CorpusCitationResolver() : CorpusCitationResolver.WithMeetingFile(options.MeetingFile);
        var citations = resolver.Resolve(report.Documents);
        DocumentIndexWriter.Write(indexDirectory, report.Documents, citations, report.Sources, report.Ids);
        return new IndexBuildResult(report, Committed: true, CitationCount: citations.Sum(c => c.Citations.Count));
    }

    /// <summary>The sources the last commit parsed and the ids it had given.</summary>
    private static (IReadOnlyList<ParsedSource>? Sources, DocumentIdLedger? Ids) Previous(string indexDirectory)
    {
        try
        {
            if (!DocumentIndex.Exists(indexDirectory))
                return (null, null);
            using var index = DocumentIndex.Open(indexDirectory);
            return (index.Sources(), index.IdLedger());
        }
        catch (Exception e) when (e is IOException or Lucene.Net.Index.CorruptIndexException or System.Text.Json.JsonException)
        {
            // An unreadable index is rebuilt from the files; nothing in it is worth more than they are.
            return (null, null);
        }
    }

    private static bool SameFiles(IReadOnlyList<ParsedSource> previous, IReadOnlyList<ParsedSource> current) =>
        previous.Select(Key).Order(StringComparer.Ordinal).SequenceEqual(current.Select(Key).Order(StringComparer.Ordinal));

    private static string Key(ParsedSource source) => source.File.Path + "\n" + source.File.ContentHash;
}
