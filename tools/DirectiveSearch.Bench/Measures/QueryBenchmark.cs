using System.Diagnostics;

namespace DirectiveSearch.Bench.Measures;

/// <summary>Latency per query kind and overall, for one engine, warm, with one or more threads.</summary>
public sealed record QueryFigures(string Engine, int Threads, int Rounds, IReadOnlyDictionary<string, LatencyStats> ByKind, LatencyStats All);

/// <summary>
/// Runs a query set against a search function: once to warm up (JIT, caches, the OS page cache), then
/// <c>rounds</c> times timed, split over <c>threads</c> threads that take queries from a shared counter.
/// </summary>
public static class QueryBenchmark
{
    public static QueryFigures Measure(string engine, IReadOnlyList<BenchQuery> queries, Action<string> search, int threads, int rounds)
    {
        foreach (var query in queries)
            search(query.Text);

        var work = Enumerable.Range(0, rounds).SelectMany(_ => queries).ToArray();
        var timings = new double[work.Length];
        var next = -1;
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(
            () =>
            {
                for (var i = Interlocked.Increment(ref next); i < work.Length; i = Interlocked.Increment(ref next))
                {
                    var started = Stopwatch.GetTimestamp();
                    search(work[i].Text);
                    timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(workers);
        wall.Stop();

        var byKind = work.Select((q, i) => (q.Kind, Ms: timings[i]))
            .GroupBy(t => t.Kind, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => LatencyStats.Of([.. g.Select(t => t.Ms)], wall.Elapsed * g.Count() / work.Length), StringComparer.Ordinal);
        return new QueryFigures(engine, threads, rounds, byKind, LatencyStats.Of(timings, wall.Elapsed));
    }
}
