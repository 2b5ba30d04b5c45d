using System.Diagnostics;
using System.Globalization;
using DirectiveSearch.Cli.Bench;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Search.Querying;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// dirsearch bench [--index DIR] [--queries N]: query latency over an existing index, warm and
/// single-threaded, per query kind. (Ingest, HTTP and the SQLite comparison are not measured yet.)
/// </summary>
public static class BenchCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CommandArguments.Parse(args, new HashSet<string> { "index", "queries", "rounds" }, new HashSet<string>());
        var indexDirectory = parsed.Option("index") ?? CliApp.DefaultIndex;
        var target = parsed.IntOption("queries", 600, 1, 1_000_000);
        var rounds = parsed.IntOption("rounds", 3, 1, 100);
        if (!DocumentIndex.Exists(indexDirectory))
        {
            error.WriteLine($"dirsearch: no index at '{indexDirectory}': run 'dirsearch ingest' first");
            return ExitCodes.NotFound;
        }

        using var index = DocumentIndex.Open(indexDirectory);
        var queries = QuerySetBuilder.Build(index.Records(), target);

        // Warm-up: JIT, Lucene caches, file system cache.
        foreach (var query in queries)
            index.Search(new SearchRequest(query.Text));

        var timings = new List<(string Kind, double Ms)>();
        var wall = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                var started = Stopwatch.GetTimestamp();
                index.Search(new SearchRequest(query.Text));
                timings.Add((query.Kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
            }
        }

        wall.Stop();
        output.WriteLine($"index: {indexDirectory} · {index.DocumentCount} documents · {queries.Count} queries × {rounds} rounds, warm, 1 thread");
        output.WriteLine("| kind | queries | p50 ms | p95 ms | p99 ms | max ms |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var group in timings.GroupBy(t => t.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Append(timings.GroupBy(_ => "all").Single()))
        {
            var stats = LatencyStats.Of(group.Select(t => t.Ms).ToList(), wall.Elapsed);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {group.Key} | {stats.Count / rounds} | {stats.P50:0.000} | {stats.P95:0.000} | {stats.P99:0.000} | {stats.Max:0.000} |"));
        }

        return ExitCodes.Success;
    }
}
