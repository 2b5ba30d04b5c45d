using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>
/// Ingests files into the on-disk index: reuses what the last commit already parsed (by content hash), keeps the ids it
/// gave (<see cref="Grouping.DocumentIdAssigner"/>), drops what disappeared, and commits a new generation only when
/// something changed. An index written for incremental change is changed in place (<see cref="IncrementalChangePlanner"/>,
/// <see cref="DocumentIndexUpdater"/>): only the documents added, changed or removed are written, with the documents whose
/// citations they re-resolve (an undated mention in one plan joins the directive another plan dated). Any other index,
/// or none, is written whole, resolving every citation across the corpus.
/// </summary>
public sealed class IndexBuilder(ReaderCatalog readers, IngestOptions options)
{
    /// <param name="rebuild">Writes the index whole even when it could be changed in place.</param>
    /// <param name="exclusive">
    /// Takes the folder's change lock (<see cref="IndexOwnership.Change"/>) for the plan and the write, after the files are
    /// parsed; null when the caller holds it already for the whole build (the server's batches) or nothing else writes.
    /// </param>
    public IndexBuildResult Build(string indexDirectory, IReadOnlyList<string> paths, IProgress<IngestProgress>? progress = null, bool rebuild = false, Func<IDisposable>? exclusive = null)
    {
        var current = OpenCurrent(indexDirectory, out var previousWithRoots, out var ids);
        try
        {
            var report = new IngestRunner(readers, options).Run(paths, progress, Resolved(indexDirectory, previousWithRoots), ids);
            using var held = exclusive?.Invoke();
            if (held is not null && CommitGeneration.Last(indexDirectory) != (current?.Generation ?? -1))
            {
                // Another process committed while this one parsed (the server took an upload): the plan is made against
                // that commit, or this one would write back what it replaced. Every file is parsed already, so the second
                // run reads only hashes; the ids and sources are the new commit's.
                current?.Dispose();
                current = OpenCurrent(indexDirectory, out previousWithRoots, out ids);
                var parsedNow = report;
                var again = new IngestRunner(readers, options).Run(paths, null, [.. Resolved(indexDirectory, previousWithRoots) ?? [], .. parsedNow.Sources], ids);
                report = again with
                {
                    ParsedCount = parsedNow.ParsedCount,
                    ReusedCount = again.Documents.Sum(d => d.Sources.Count) - parsedNow.ParsedCount,
                    Elapsed = parsedNow.Elapsed + again.Elapsed,
                    Notices = parsedNow.Notices,
                };
            }

            return Write(indexDirectory, paths, current, previousWithRoots, report, rebuild);
        }
        finally
        {
            current?.Dispose();
        }
    }

    /// <summary>
    /// The earlier files where they lie now, not as stored (relative to their root or the index): the runner compares an
    /// edited file with what was at the same place before.
    /// </summary>
    private static List<ParsedSource>? Resolved(string indexDirectory, IReadOnlyList<(ParsedSource Source, string? Root)>? previousWithRoots) =>
        previousWithRoots?
            .Select(s => s.Source with { File = s.Source.File with { Path = SourceLocation.Resolve(indexDirectory, s.Source.File.Path, s.Root) } })
            .ToList();

    private IndexBuildResult Write(string indexDirectory, IReadOnlyList<string> paths, DocumentIndex? current, IReadOnlyList<(ParsedSource Source, string? Root)>? previousWithRoots, IngestReport report, bool rebuild)
    {
        var placement = new SourcePlacement(indexDirectory, paths, previousWithRoots?.Select(s => s.Root).OfType<string>() ?? []);
        var (documents, sources) = placement.Place(report);
        var unchanged = previousWithRoots is not null
            && report.ParsedCount == 0
            && SameFiles(previousWithRoots, sources, placement);
        previousWithRoots = null;
        if (unchanged && !rebuild)
            return new IndexBuildResult(report, Committed: false, CitationCount: null);

        var resolution = new DocumentResolution(options.MeetingFile is null ? null : NamedMeetingTable.BuiltIn.WithFile(options.MeetingFile));
        var sourcesOf = SourcesOf(sources, placement);
        // A meeting file may change how any citation resolves, so it re-resolves everything.
        if (!rebuild && options.MeetingFile is null && current is not null && new StoredChangeState(current).IsIncremental)
        {
            var change = new IncrementalChangePlanner(current, resolution).Plan(documents, sourcesOf, report.Ids);
            DocumentIndexUpdater.Apply(indexDirectory, change);
            using var after = DocumentIndex.Open(indexDirectory);
            return new IndexBuildResult(report, Committed: true, CitationCount: new StoredChangeState(after).CitationCount())
            {
                Written = [.. change.Written.Select(w => w.Record.Id)],
                Removed = change.Removed,
            };
        }

        var (citations, states) = ResolveAll(documents, resolution, sourcesOf);
        DocumentIndexWriter.Write(indexDirectory, documents, citations, sources, placement.RootOf, report.Ids, id => states.GetValueOrDefault(id));
        return new IndexBuildResult(report, Committed: true, CitationCount: citations.Sum(c => c.Citations.Count))
        {
            Written = [.. documents.Select(d => d.Id)],
            WrittenWhole = true,
        };
    }

    /// <summary>Every citation of the corpus resolved against everything the corpus makes known, as <see cref="CorpusCitationResolver"/> does.</summary>
    private static (IReadOnlyList<DocumentCitations> Citations, Dictionary<string, RecordState> States) ResolveAll(
        IReadOnlyList<DocumentRecord> documents,
        DocumentResolution resolution,
        Func<DocumentRecord, IReadOnlyList<(ParsedSource Source, string? Root)>> sourcesOf)
    {
        var prepared = new PreparedDocument[documents.Count];
        Parallel.For(0, documents.Count, i => prepared[i] = resolution.Prepare(documents[i]));
        var lookup = new InMemoryDirectiveLookup(prepared.SelectMany(p => p.Known).Concat(resolution.MeetingDirectives));
        var citations = new DocumentCitations[documents.Count];
        var states = new RecordState[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            citations[i] = resolution.Resolve(prepared[i], lookup);
            states[i] = RecordState.Of(prepared[i], citations[i], sourcesOf(documents[i]));
        });
        return (citations, documents.Select((d, i) => (d.Id, State: states[i])).ToDictionary(p => p.Id, p => p.State, StringComparer.Ordinal));
    }

    private static Func<DocumentRecord, IReadOnlyList<(ParsedSource Source, string? Root)>> SourcesOf(IReadOnlyList<ParsedSource> sources, SourcePlacement placement)
    {
        var byFile = sources
            .GroupBy(s => (s.File.Path, s.File.ContentHash))
            .ToDictionary(g => g.Key, g => g.First());
        return record => [.. record.Sources
            .Select(file => byFile.GetValueOrDefault((file.Path, file.ContentHash)))
            .OfType<ParsedSource>()
            .Select(source => (source, placement.RootOf(source.File)))];
    }

    /// <summary>The last commit, or null when there is none or it cannot be read (it is then rebuilt from the files; nothing in it is worth more than they are).</summary>
    /// <param name="sources">The sources the last commit parsed, with their roots.</param>
    /// <param name="ids">The ids it had given.</param>
    private static DocumentIndex? OpenCurrent(string indexDirectory, out IReadOnlyList<(ParsedSource Source, string? Root)>? sources, out DocumentIdLedger? ids)
    {
        sources = null;
        ids = null;
        DocumentIndex? index = null;
        try
        {
            if (!DocumentIndex.Exists(indexDirectory))
                return null;
            index = DocumentIndex.Open(indexDirectory);
            ids = index.IdLedger();
            sources = index.SourcesWithRoots();
            return index;
        }
        catch (Exception e) when (e is IOException or Lucene.Net.Index.CorruptIndexException or System.Text.Json.JsonException)
        {
            index?.Dispose();
            sources = null;
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
