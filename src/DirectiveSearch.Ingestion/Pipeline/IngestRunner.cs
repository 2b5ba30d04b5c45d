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
    public IngestReport Run(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress = null, IReadOnlyList<ParsedSource>? previous = null)
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
        var documents = SameDocumentGrouper.Group(parsed)
            .Select(group => RecordMerger.Merge(group.Select(i => parsed[i]).ToList()))
            .ToList();
        var reused = outcomes.Count(o => o.Reused);
        var notices = outcomes
            // Notices of files parsed in this run; a reused file's notice is in its record already.
            .Where(o => o.Source is not null && !o.Reused)
            .SelectMany(o => o.Source!.File.Notices.Select(notice => new FileNotice(o.Source.File.Path, notice)))
            .ToList();
        return new IngestReport(WithUniqueIds(documents), parsed, rejected, missing, parsed.Count - reused, reused, clock.Elapsed)
        {
            Notices = notices,
        };
    }

    // Paths are shown relative to the working directory when they lie below it: shorter to read,
    // and the same on every machine for the bundled corpus.
    private static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }

    // Two different documents can have files of the same name in different folders.
    private static List<DocumentRecord> WithUniqueIds(List<DocumentRecord> documents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<DocumentRecord>(documents.Count);
        foreach (var document in documents)
        {
            var id = document.Id;
            for (var n = 2; !seen.Add(id); n++)
                id = $"{document.Id}-{n}";
            result.Add(document with { Id = id });
        }

        return result;
    }
}
