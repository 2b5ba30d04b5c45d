using System.Collections.Concurrent;
using System.Diagnostics;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Ingestion.Discovery;
using DirectiveSearch.Ingestion.Grouping;
using DirectiveSearch.Readers;

namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>
/// Ingests files into records: discover, read and parse each file (in parallel), group the files
/// of one document, merge each group into a record.
/// </summary>
public sealed class IngestRunner(ReaderCatalog readers, IngestOptions options)
{
    /// <param name="previous">Sources parsed by an earlier run; files with the same content hash are not parsed again.</param>
    /// <param name="ids">The ids given so far (<see cref="DocumentIdLedger"/>); documents keep theirs.</param>
    public IngestReport Run(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress = null, IReadOnlyList<ParsedSource>? previous = null, DocumentIdLedger? ids = null)
    {
        var clock = Stopwatch.StartNew();
        var (files, missing) = FileDiscovery.Find(paths);
        var previousByHash = previous?
            .GroupBy(s => s.File.ContentHash, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var parser = new SourceParser(
            readers,
            new ReadOptions(string.Empty, options.OcrEnabled) { Limits = options.Limits },
            previousByHash,
            options.StuckReaderGrace);
        var outcomes = new ParseOutcome[files.Count];
        var done = 0;
        Parallel.For(
            0,
            files.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Workers) },
            i =>
            {
                var shown = DisplayPath(files[i]);
                outcomes[i] = parser.Parse(files[i], shown);
                progress?.Report(new IngestProgress(Interlocked.Increment(ref done), files.Count, shown));
            });

        var parsed = outcomes.Where(o => o.Source is not null).Select(o => o.Source!).ToList();
        var rejected = outcomes.Where(o => o.Rejected is not null).Select(o => o.Rejected!).ToList();
        var grouping = SameDocumentGrouper.Group(parsed);
        var groups = grouping.Groups.Select(g => (IReadOnlyList<ParsedSource>)[.. g.Select(i => parsed[i])]).ToList();
        var present = parsed.Select(s => s.File.ContentHash).ToHashSet(StringComparer.Ordinal);
        // An earlier document all of whose files are gone may have become one of this run's new documents by an edit:
        // a file at the same path whose new text is a rendition of the old. The path only picks what to compare (a
        // corpus of thousands would otherwise compare every new document with every vanished one); the text decides.
        bool Succeeds(int d, IReadOnlyList<string> earlierHashes) =>
            previousByHash is not null
            && earlierHashes.All(h => !present.Contains(h))
            && earlierHashes.Any(h => previousByHash.TryGetValue(h, out var earlier)
                && groups[d].Any(source => SamePlace(source.File.Path, earlier.File.Path) && SameDocumentGrouper.AreRenditions(earlier, source)));
        var (documentIds, ledger) = DocumentIdAssigner.Assign(
            [.. groups.Select(g => (IReadOnlyList<SourceFile>)[.. g.Select(s => s.File)])],
            ids ?? DocumentIdLedger.Empty,
            Succeeds);
        var documents = WithSimilar(
            [.. groups.Select((g, d) => RecordMerger.Merge(g) with { Id = documentIds[d] })],
            grouping);
        var reused = outcomes.Count(o => o.Reused);
        var notices = outcomes
            // Notices of files parsed in this run; a reused file's notice is in its record already.
            .Where(o => o.Source is not null && !o.Reused)
            .SelectMany(o => o.Source!.File.Notices.Select(notice => new FileNotice(o.Source.File.Path, notice)))
            .ToList();
        return new IngestReport(documents, parsed, rejected, missing, parsed.Count - reused, reused, clock.Elapsed)
        {
            Notices = notices,
            Merges = Merges(documents, grouping, parsed),
            Ids = ledger,
        };
    }

    // Shown paths are relative to the working directory or absolute; the earlier run's may be either.
    private static bool SamePlace(string path, string earlierPath) =>
        string.Equals(Path.GetFullPath(path), Path.GetFullPath(earlierPath), StringComparison.Ordinal);

    // Paths are shown relative to the working directory when they lie below it: shorter to read,
    // and the same on every machine for the bundled corpus.
    private static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }

    /// <summary>Each document lists the others some of whose files resemble its own without being renditions of it.</summary>
    private static List<DocumentRecord> WithSimilar(List<DocumentRecord> documents, SourceGrouping grouping)
    {
        var documentOf = new int[grouping.Groups.Sum(g => g.Count)];
        for (var d = 0; d < grouping.Groups.Count; d++)
        {
            foreach (var i in grouping.Groups[d])
                documentOf[i] = d;
        }

        var similar = new Dictionary<(int, int), double>();
        foreach (var pair in grouping.Pairs)
        {
            var (a, b) = (documentOf[pair.First], documentOf[pair.Second]);
            if (a == b)
                continue;
            var key = (Math.Min(a, b), Math.Max(a, b));
            similar[key] = Math.Max(similar.GetValueOrDefault(key), pair.Resemblance);
        }

        var byDocument = similar
            .SelectMany(kv => new[] { (Of: kv.Key.Item1, Other: kv.Key.Item2, kv.Value), (Of: kv.Key.Item2, Other: kv.Key.Item1, kv.Value) })
            .ToLookup(t => t.Of);
        return [.. documents.Select((record, d) => record with
        {
            Similar = [.. byDocument[d]
                .Select(t => new SimilarDocument(documents[t.Other].Id, Math.Round(t.Value, 3), documents[t.Other].Title, documents[t.Other].Symbol, documents[t.Other].Issuer))
                .OrderByDescending(s => s.Resemblance)
                .ThenBy(s => s.Id, StringComparer.Ordinal)],
        })];
    }

    private static List<DocumentMerge> Merges(List<DocumentRecord> documents, SourceGrouping grouping, List<ParsedSource> parsed)
    {
        var merges = new List<DocumentMerge>();
        var joining = grouping.Pairs.Where(p => p.SameDocument).ToLookup(p => p.First);
        for (var d = 0; d < grouping.Groups.Count; d++)
        {
            var group = grouping.Groups[d];
            if (group.Count < 2)
                continue;
            var members = group.ToHashSet();
            var pairs = group
                .SelectMany(i => joining[i])
                .Where(p => members.Contains(p.Second))
                .Select(p => new MergedPair(parsed[p.First].File.Path, parsed[p.Second].File.Path, Math.Round(p.Resemblance, 3)))
                .ToList();
            merges.Add(new DocumentMerge(
                documents[d].Id,
                [.. group.Select(i => parsed[i].File.Path).Order(StringComparer.Ordinal)],
                pairs.Min(p => p.Resemblance),
                pairs));
        }

        return merges;
    }
}
