using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using DirectiveSearch.Bench.Measures;
using DirectiveSearch.Bench.Serving;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Bench.Soak;

/// <param name="Duration">How long the load runs, after the server is up.</param>
/// <param name="Concurrency">Workers, each with one request in flight.</param>
/// <param name="FilesDirectory">Where the documents to seed, upload and delete come from.</param>
public sealed record SoakOptions(TimeSpan Duration, int Concurrency, string FilesDirectory);

/// <summary>
/// Starts "dirsearch serve" with an upload key over a temporary index seeded with one document, runs mixed
/// concurrent searches, reads, uploads and deletes against it, samples its memory, and then checks that the index
/// holds exactly what the successful changes say: through the API while it runs, and on disk after a SIGKILL; then the
/// fault phases (<see cref="SoakFaults"/>): a SIGKILL during each kind of change, and a full disk.
/// </summary>
public static class SoakRun
{
    public static async Task<SoakReport> RunAsync(SoakOptions options, Action<string> say)
    {
        var files = SoakFiles.Find(options.FilesDirectory);
        var work = Directory.CreateTempSubdirectory("dirsearch-soak-");
        try
        {
            var corpus = Directory.CreateDirectory(Path.Combine(work.FullName, "corpus"));
            foreach (var file in files.Seed.Files)
                File.Copy(file, Path.Combine(corpus.FullName, Path.GetFileName(file)));
            var index = Path.Combine(work.FullName, "index");
            var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

            say($"starting dirsearch serve over {files.Seed.Files.Count} seed files of {files.Seed.Name}");
            using var server = ServeChild.Start(["--index", index, "--corpus", corpus.FullName, "--no-ocr"], new Dictionary<string, string> { [ServeChild.UploadKeyVariable] = key });
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency + 2, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = server.BaseAddress,
                // Every change rebuilds the generation under one lock: with many workers uploading, a change waits for the others.
                Timeout = TimeSpan.FromMinutes(10),
            };
            await server.WaitUntilUpAsync(client, TimeSpan.FromMinutes(10));
            var seedIds = await ListIdsAsync(client);

            var tally = new SoakTally();
            var workers = Enumerable.Range(0, options.Concurrency)
                .Select(w => new SoakWorker(w, [.. files.Pool.Where((_, i) => i % options.Concurrency == w)], [.. seedIds], client, key, tally))
                .ToList();
            say($"{options.Duration.TotalSeconds:0} s of load from {options.Concurrency} workers; {files.Pool.Count} documents to upload and delete");
            var memory = new List<MemorySample>();
            using var stopSampling = new CancellationTokenSource();
            var clock = Stopwatch.StartNew();
            var sampler = SampleAsync(server.Id, memory, clock, SamplePeriod(options.Duration), stopSampling.Token);
            var until = DateTime.UtcNow + options.Duration;
            await Task.WhenAll(workers.Select(w => Task.Run(() => w.RunAsync(until))));
            var seconds = clock.Elapsed.TotalSeconds;
            await stopSampling.CancelAsync();
            await sampler;

            say("checking the index");
            var expected = seedIds.Concat(workers.SelectMany(w => w.PresentIds)).ToHashSet(StringComparer.Ordinal);
            var checks = new List<SoakCheck>();
            var fives = tally.Where(s => s.StartsWith('5'));
            checks.Add(new SoakCheck("no 5xx", fives == 0, $"{fives} answers with 5xx status"));
            var lost = tally.Where(s => !char.IsDigit(s[0]));
            checks.Add(new SoakCheck("every request answered", lost == 0, $"{lost} requests without an answer (timeout or connection error)"));
            var changes = tally.Counts.Where(c => c.Key.Operation is "upload" or "delete" && c.Key.Status[0] == '2').Sum(c => c.Value);
            checks.Add(new SoakCheck("changes made", files.Pool.Count == 0 || changes > 0, $"{changes} successful uploads and deletes"));
            var contradictions = tally.Contradictions;
            checks.Add(new SoakCheck("answers consistent", contradictions.Count == 0, contradictions.Count == 0 ? "every read after a change saw it" : string.Join("; ", contradictions.Take(5))));
            var served = await ListIdsAsync(client);
            checks.Add(SameIds("served index = successful changes", expected, served));
            checks.Add(SoakMemory.Check(memory));

            // The index on disk, once the server is killed without warning: what a restart would serve.
            server.Kill();
            using (var onDisk = DocumentIndex.Open(index))
            {
                checks.Add(SameIds("index on disk after SIGKILL = successful changes", expected, onDisk.DocumentIds()));
                var sources = onDisk.SourceFiles().Select(s => s.FullPath).ToList();
                var missing = sources.Where(s => !File.Exists(s)).ToList();
                var uploads = Path.Combine(index, "uploads");
                var stored = Directory.Exists(uploads) ? Directory.GetFiles(uploads).Length : 0;
                var fromUploads = sources.Count(s => Path.GetDirectoryName(s) == uploads);
                checks.Add(new SoakCheck(
                    "uploads folder = indexed uploads",
                    missing.Count == 0 && stored == fromUploads,
                    $"{stored} files stored, {fromUploads} indexed sources from uploads, {missing.Count} indexed sources missing"));
            }

            checks.AddRange(await SoakFaults.KillDuringChangesAsync(index, corpus.FullName, key, say));
            checks.Add(await SoakFaults.DiskFullAsync(work.FullName, corpus.FullName, key, say));

            var counts = tally.Counts
                .OrderBy(c => c.Key.Operation, StringComparer.Ordinal).ThenBy(c => c.Key.Status, StringComparer.Ordinal)
                .Select(c => new SoakCount(c.Key.Operation, c.Key.Status, c.Value, LatencyStats.Of(tally.Timings(c.Key.Operation, c.Key.Status), TimeSpan.FromSeconds(seconds))))
                .ToList();
            return new SoakReport(options.FilesDirectory, files.FileCount, files.Pool.Count + 1, seconds, options.Concurrency, counts, memory, checks);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static SoakCheck SameIds(string name, IReadOnlySet<string> expected, IReadOnlyCollection<string> actual)
    {
        var extra = actual.Where(id => !expected.Contains(id)).ToList();
        var missing = expected.Where(id => !actual.Contains(id)).ToList();
        var detail = extra.Count == 0 && missing.Count == 0
            ? $"{actual.Count} documents, as expected"
            : $"{actual.Count} documents; {missing.Count} expected but absent ({string.Join(", ", missing.Take(3))}), {extra.Count} present but not expected ({string.Join(", ", extra.Take(3))})";
        return new SoakCheck(name, extra.Count == 0 && missing.Count == 0 && actual.Count == expected.Count, detail);
    }

    /// <summary>Every document id, through the paged list.</summary>
    private static async Task<IReadOnlyList<string>> ListIdsAsync(HttpClient client)
    {
        var ids = new List<string>();
        while (true)
        {
            using var response = await client.GetAsync($"api/documents?limit=1000&offset={ids.Count}");
            response.EnsureSuccessStatusCode();
            var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var documents = page.GetProperty("documents");
            ids.AddRange(documents.EnumerateArray().Select(d => d.GetProperty("id").GetString()!));
            if (documents.GetArrayLength() == 0 || ids.Count >= page.GetProperty("total").GetInt32())
                return ids;
        }
    }

    /// <summary>About 200 samples whatever the duration, but no more often than four a second.</summary>
    private static TimeSpan SamplePeriod(TimeSpan duration) =>
        TimeSpan.FromMilliseconds(Math.Clamp(duration.TotalMilliseconds / 200, 250, 5000));

    private static async Task SampleAsync(int processId, List<MemorySample> samples, Stopwatch clock, TimeSpan period, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(period);
        do
        {
            if (MemoryPeak.Sample(processId) is { } sample)
                samples.Add(new MemorySample(clock.Elapsed.TotalSeconds, sample.Resident, sample.Peak));
        }
        while (await Wait(timer, stop));
    }

    private static async Task<bool> Wait(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
