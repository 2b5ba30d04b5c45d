using System.Diagnostics;
using System.Globalization;
using System.Net;
using DirectiveSearch.Bench.Serving;

namespace DirectiveSearch.Bench.Measures;

/// <summary>Requests per second and latency of GET /api/search under concurrent connections, and the server's peak memory.</summary>
/// <param name="SearchCache">The server's <c>--search-cache</c>: 0 measures every request searched, more measures a cache that the cycling query set keeps hitting.</param>
public sealed record HttpFigures(int Connections, double Seconds, int Requests, int Errors, double RequestsPerSecond, LatencyStats Latency, double ServerPeakMegabytes, int SearchCache);

/// <summary>
/// Starts "dirsearch serve" on the index as a <see cref="ServeChild"/>, then keeps <c>connections</c> requests in
/// flight for <c>duration</c>, cycling through the query set. The load stops by itself.
/// </summary>
public static class HttpLoadBenchmark
{
    public static async Task<HttpFigures> MeasureAsync(string indexDirectory, IReadOnlyList<BenchQuery> queries, int connections, TimeSpan duration, int searchCache)
    {
        // The rate limit is off: one loopback client at full speed is what it exists to stop, and this measures search.
        using var server = ServeChild.Start(["--index", indexDirectory, "--search-cache", searchCache.ToString(CultureInfo.InvariantCulture), "--rate-limit", "0"]);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = server.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        await server.WaitUntilUpAsync(client, TimeSpan.FromMinutes(1));

        var urls = queries.Select(q => "api/search?q=" + Uri.EscapeDataString(q.Text)).ToArray();
        var (all, errors, wall) = await LoadAsync(client, urls, connections, duration);
        return new HttpFigures(connections, wall.TotalSeconds, all.Count, errors, all.Count / wall.TotalSeconds, LatencyStats.Of(all, wall), MemoryPeak.Megabytes(server.Id), searchCache);
    }

    /// <summary>Keeps <paramref name="connections"/> GETs in flight for <paramref name="duration"/>, cycling through the URLs: each request's milliseconds, the non-200 answers, the wall time.</summary>
    public static async Task<(List<double> Latencies, int Errors, TimeSpan Wall)> LoadAsync(HttpClient client, IReadOnlyList<string> urls, int connections, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(urls);
        var latencies = new List<double>[connections];
        var errors = 0;
        var next = -1;
        var wall = Stopwatch.StartNew();
        var until = DateTime.UtcNow + duration;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            while (DateTime.UtcNow < until)
            {
                var url = urls[(Interlocked.Increment(ref next) & int.MaxValue) % urls.Count];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode != HttpStatusCode.OK)
                        Interlocked.Increment(ref errors);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        wall.Stop();
        return ([.. latencies.SelectMany(l => l)], errors, wall.Elapsed);
    }
}
