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
        var previousWithRoots = PreviousSources(indexDirectory, out var ids);
        // The runner compares an edited file with what was at the same place before, so it gets the earlier files
        // where they lie now, not as stored (relative to their root or the index).
        var previous = previousWithRoots?
            .Select(s => s.Source with { File = s.Source.File with { Path = SourceLocation.Resolve(indexDirectory, s.Source.File.Path, s.Root) } })
            .ToList();
        var report = new IngestRunner(readers, options).Run(paths, progress, previous, ids);
        var placement = new SourcePlacement(indexDirectory, paths, previousWithRoots?.Select(s => s.Root).OfType<string>() ?? []);
        var (documents, sources) = placement.Place(report);
        var unchanged = previousWithRoots is not null
            && report.ParsedCount == 0
            && SameFiles(previousWithRoots, sources, placement);
        if (unchanged)
            return new IndexBuildResult(report, Committed: false, CitationCount: null);
        var resolver = options.MeetingFile is null ? new CorpusCitationResolver() : CorpusCitationResolver.WithMeetingFile(options.MeetingFile);
        var citations = resolver.Resolve(report.Documents);
        DocumentIndexWriter.Write(indexDirectory, documents, citations, sources, placement.RootOf, report.Ids);
        return new IndexBuildResult(report, Committed: true, CitationCount: citations.Sum(c => c.Citations.Count));
    }

    /// <summary>The sources the last commit parsed, with their roots, and the ids it had given.</summary>
    private static IReadOnlyList<(ParsedSource Source, string? Root)>? PreviousSources(string indexDirectory, out DocumentIdLedger? ids)
    {
        ids = null;
        try
        {
            if (!DocumentIndex.Exists(indexDirectory))
                return null;
            using var index = DocumentIndex.Open(indexDirectory);
            ids = index.IdLedger();
            return index.SourcesWithRoots();
        }
        catch (Exception e) when (e is IOException or Lucene.Net.Index.CorruptIndexException or System.Text.Json.JsonException)
        {
            // An unreadable index is rebuilt from the files; nothing in it is worth more than they are.
            ids = null;
            return null;
        }
    }

    private static bool SameFiles(IReadOnlyList<(ParsedSource Source, string? Root)> previous, IReadOnlyList<ParsedSource> current, SourcePlacement placement) =>
        previous.Select(p => Key(p.Source, p.Root)).Order(StringComparer.Ordinal)
            .SequenceEqual(current.Select(s => Key(s, placement.RootOf(s.File))).Order(StringComparer.Ordinal));

    // An index written before roots were kept has none, and is rewritten once with them.
    private static string Key(ParsedSource source, string? root) => root + "\n" + source.File.Path + "\n" + source.File.ContentHash;
}
