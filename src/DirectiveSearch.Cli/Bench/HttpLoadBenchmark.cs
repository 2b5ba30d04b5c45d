using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace DirectiveSearch.Cli.Bench;

/// <summary>Requests per second and latency of GET /api/search under concurrent connections, and the server's peak memory.</summary>
/// <param name="SearchCache">The server's <c>--search-cache</c>: 0 measures every request searched, more measures a cache that the cycling query set keeps hitting.</param>
public sealed record HttpFigures(int Connections, double Seconds, int Requests, int Errors, double RequestsPerSecond, LatencyStats Latency, double ServerPeakMegabytes, int SearchCache);

/// <summary>
/// Starts "dirsearch serve" on the index as a separate process on a free loopback port (so its memory is its
/// own), then keeps <c>connections</c> requests in flight for <c>duration</c>, cycling through the query set.
/// Only loopback is ever addressed, and the load stops by itself.
/// </summary>
public static class HttpLoadBenchmark
{
    public static async Task<HttpFigures> MeasureAsync(string indexDirectory, IReadOnlyList<BenchQuery> queries, int connections, TimeSpan duration, int searchCache)
    {
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        using var server = StartServer(indexDirectory, baseAddress, searchCache);
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = baseAddress,
                Timeout = TimeSpan.FromSeconds(30),
            };
            await WaitUntilUpAsync(client, server);

            var urls = queries.Select(q => "api/search?q=" + Uri.EscapeDataString(q.Text)).ToArray();
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
                    var url = urls[(Interlocked.Increment(ref next) & int.MaxValue) % urls.Length];
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
            var all = latencies.SelectMany(l => l).ToList();
            return new HttpFigures(connections, wall.Elapsed.TotalSeconds, all.Count, errors, all.Count / wall.Elapsed.TotalSeconds, LatencyStats.Of(all, wall.Elapsed), MemoryPeak.Megabytes(server.Id), searchCache);
        }
        finally
        {
            if (!server.HasExited)
                server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static Process StartServer(string indexDirectory, Uri baseAddress, int searchCache)
    {
        // This very program, however it was started: the apphost, or "dotnet dirsearch.dll".
        var self = Environment.ProcessPath!;
        var start = Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? new ProcessStartInfo(self, [typeof(HttpLoadBenchmark).Assembly.Location])
            : new ProcessStartInfo(self);
        foreach (var argument in new[] { "serve", "--index", indexDirectory, "--urls", baseAddress.ToString().TrimEnd('/'), "--search-cache", searchCache.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilUpAsync(HttpClient client, Process server)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (server.HasExited)
                throw new InvalidOperationException($"the benchmark server exited with code {server.ExitCode}");
            try
            {
                using var health = await client.GetAsync("health");
                if (health.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the benchmark server did not answer /health within a minute");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
