using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DirectiveSearch.Bench.Archive;
using DirectiveSearch.Bench.ArchiveBench;
using DirectiveSearch.Bench.Measures;
using DirectiveSearch.Bench.Serving;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Bench.Commands;

/// <param name="Sizes">Archive sizes, smallest first (the growth list).</param>
/// <param name="Archives">Where archives are generated and kept for the next run.</param>
/// <param name="Uploads">Plans uploaded, then deleted, one at a time.</param>
public sealed record ArchiveBenchSettings(IReadOnlyList<int> Sizes, string Out, string Archives, int Seed, int Queries, int Rounds, int HttpSeconds, int Connections, int Workers, int Uploads);

/// <summary>
/// dirsearch-bench bench --archive N[,N...]: for each size, a generated archive (<see cref="ArchiveGenerator"/>,
/// reused when kept) ingested from empty by the real "dirsearch ingest" (wall time, peak memory of the process), the
/// index's size, "dirsearch serve" started on it (time to /health and to a first search), HTTP query latency with no
/// cache and throughput under concurrent connections, uploads of new plans until searchable and in the knowledge
/// base and their deletes, the server's peak memory, the implementations of every directive read through the API
/// scored against the truth, and SQLite FTS5 on the same texts and queries. Markdown and JSON (archive-bench.md/.json).
/// </summary>
public static class ArchiveBenchCommand
{
    public static IReadOnlyList<int> Sizes(string text)
    {
        var sizes = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size is < 10 or > 2_000_000)
                throw new UsageException($"--archive takes archive sizes from 10 to 2000000 separated by commas, got '{text}'");
            sizes.Add(size);
        }

        return sizes.Count > 0 ? [.. sizes.Order()] : throw new UsageException("--archive needs at least one size");
    }

    public static int Run(ArchiveBenchSettings settings, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Directory.CreateDirectory(settings.Out);
        var log = new BenchCommand.Progress(error);
        var figures = settings.Sizes.Select(size => MeasureAsync(settings, size, log).GetAwaiter().GetResult()).ToList();
        var report = new ArchiveBenchReport(
            new BenchMachine(Environment.ProcessorCount, RuntimeInformation.FrameworkDescription, RuntimeInformation.OSDescription, DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
            settings.Seed, settings.Queries, figures);
        var markdown = ArchiveBenchMarkdown.Render(report);
        File.WriteAllText(Path.Combine(settings.Out, "archive-bench.md"), markdown);
        File.WriteAllText(Path.Combine(settings.Out, "archive-bench.json"), JsonSerializer.Serialize(report, RecordJson.Options));
        output.Write(markdown);
        log.Say($"wrote {Path.Combine(settings.Out, "archive-bench.md")} and archive-bench.json");
        return BenchExitCodes.Success;
    }

    private static async Task<ArchiveFigures> MeasureAsync(ArchiveBenchSettings settings, int size, BenchCommand.Progress log)
    {
        var archiveDirectory = Path.Combine(settings.Archives, $"archive-{size}-seed{settings.Seed}");
        log.Say($"archive of {size} documents in {archiveDirectory}");
        var generated = ArchiveGenerator.Generate(new ArchiveSettings(size, archiveDirectory, settings.Seed, ["txt", "docx", "pdf"], settings.Workers), log.Say);
        var manifest = generated.Manifest;
        log.Say($"{(generated.Reused ? "reused" : "generated")}: {manifest.Files} files, {manifest.TextMegabytes:0.0} MB of text");

        var indexDirectory = Path.Combine(settings.Out, $"index-{size}");
        if (Directory.Exists(indexDirectory))
            Directory.Delete(indexDirectory, recursive: true);
        log.Say("dirsearch ingest from empty");
        var (ingestSeconds, ingestPeak, ingestExit) = RunIngest(archiveDirectory, indexDirectory, settings.Workers);
        log.Say(string.Create(CultureInfo.InvariantCulture, $"ingest: {ingestSeconds:0.0} s, peak {ingestPeak:0} MB, exit {ingestExit}"));
        var indexMegabytes = FolderMegabytes(indexDirectory);

        IReadOnlyList<BenchQuery> queries;
        PeerQueryFigures sqlite;
        using (var index = DocumentIndex.Open(indexDirectory))
        {
            var ids = index.DocumentIds();
            var sample = ids.Where((_, i) => i % Math.Max(1, ids.Count / 300) == 0).Select(index.Find).OfType<DocumentRecord>().ToList();
            queries = QuerySetBuilder.Build(sample, settings.Queries);
            log.Say($"SQLite FTS5 over the {ids.Count} documents' passages");
            using var peer = SqliteFtsPeer.Build(Path.Combine(settings.Out, $"peer-{size}.sqlite"), ids.Select(index.Find).OfType<DocumentRecord>());
            var peerQueries = QueryBenchmark.Measure("sqlite-fts5", queries, q => peer.Search(q), threads: 1, rounds: settings.Rounds);
            var peerMegabytes = new FileInfo(peer.Path).Length / 1_000_000.0;
            sqlite = new PeerQueryFigures(peer.Passages, peer.BuildSeconds, peerMegabytes, peerMegabytes / manifest.TextMegabytes, peerQueries.All);
        }

        File.Delete(Path.Combine(settings.Out, $"peer-{size}.sqlite"));
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        log.Say("dirsearch serve");
        var started = Stopwatch.StartNew();
        using var server = ServeChild.Start(
            ["--index", indexDirectory, "--search-cache", "0", "--rate-limit", "0", "--no-ocr"],
            new Dictionary<string, string> { [ServeChild.UploadKeyVariable] = key });
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Connections + 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = server.BaseAddress,
            Timeout = TimeSpan.FromMinutes(30),
        };
        await server.WaitUntilUpAsync(client, TimeSpan.FromMinutes(30));
        var toHealth = started.Elapsed.TotalMilliseconds;
        using (var first = await client.GetAsync("api/search?q=" + Uri.EscapeDataString(queries[0].Text)))
            first.EnsureSuccessStatusCode();
        var toFirstSearch = started.Elapsed.TotalMilliseconds;

        var urls = queries.Select(q => "api/search?q=" + Uri.EscapeDataString(q.Text)).ToList();
        log.Say($"{urls.Count} queries over HTTP, one at a time, {settings.Rounds} round(s)");
        var latencies = new List<double>();
        var queryClock = Stopwatch.StartNew();
        for (var round = 0; round < settings.Rounds; round++)
        {
            foreach (var url in urls)
            {
                var at = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url);
                response.EnsureSuccessStatusCode();
                _ = await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
            }
        }

        var query = LatencyStats.Of(latencies, queryClock.Elapsed);
        var (loadLatencies, loadErrors, loadWall) = settings.HttpSeconds > 0
            ? await HttpLoadBenchmark.LoadAsync(client, urls, settings.Connections, TimeSpan.FromSeconds(settings.HttpSeconds))
            : ([], 0, TimeSpan.FromSeconds(1));
        log.Say(string.Create(CultureInfo.InvariantCulture, $"queries: p50 {query.P50:0.0} ms, p95 {query.P95:0.0} ms; {loadLatencies.Count / loadWall.TotalSeconds:0} requests/s at {settings.Connections} connections"));

        var knowledge = new KnowledgeBaseClient(client);
        log.Say("the document list and the truth");
        var truth = ArchiveTruth.Read(archiveDirectory).ToList();
        var listed = await knowledge.DocumentsAsync();
        var byFacts = listed.Where(d => d.Symbol is not null && d.Date is not null)
            .GroupBy(d => d.Symbol + "|" + d.Date, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var documentOfKey = truth.Where(t => byFacts.ContainsKey(t.Symbol + "|" + t.Date)).ToDictionary(t => t.Key, t => byFacts[t.Symbol + "|" + t.Date], StringComparer.Ordinal);
        var keyOfDocument = documentOfKey.GroupBy(p => p.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);

        log.Say($"uploads and deletes of {settings.Uploads} new plans");
        var (upload, visible, delete, gone) = await UploadsAsync(client, key, knowledge, truth, documentOfKey, size, settings, archiveDirectory);

        log.Say("implementations of every directive, through the API");
        var (direct, transitive, scored) = await ScoreAsync(knowledge, truth, documentOfKey, keyOfDocument);
        var serverPeak = MemoryPeak.Megabytes(server.Id);
        server.Kill();

        return new ArchiveFigures(
            size, manifest.Files, manifest.TextMegabytes, generated.Seconds, generated.Reused,
            ingestSeconds, manifest.TextMegabytes / ingestSeconds, ingestPeak, ingestExit, listed.Count,
            indexMegabytes, indexMegabytes / manifest.TextMegabytes, toHealth, toFirstSearch, query,
            settings.Connections, loadLatencies.Count / loadWall.TotalSeconds, loadErrors,
            upload, visible, delete, gone, serverPeak, direct, transitive, scored, sqlite);
    }

    /// <summary>"dirsearch ingest ARCHIVE --index DIR" as a child: wall seconds, peak resident memory (VmHWM), exit code.</summary>
    private static (double Seconds, double PeakMegabytes, int ExitCode) RunIngest(string archiveDirectory, string indexDirectory, int workers)
    {
        var start = DirsearchProgram.StartInfo();
        foreach (var argument in new[] { "ingest", archiveDirectory, "--index", indexDirectory, "--no-ocr", "--workers", workers.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dirsearch ingest");
        var tail = new Queue<string>();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null)
                return;
            lock (tail)
            {
                tail.Enqueue(line.Data);
                if (tail.Count > 20)
                    tail.Dequeue();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        double peak = 0;
        while (!process.WaitForExit(200))
            peak = Math.Max(peak, MemoryPeak.Sample(process.Id)?.Peak ?? 0);
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dirsearch ingest exited with {process.ExitCode}: {string.Join(" / ", tail)}");
        return (clock.Elapsed.TotalSeconds, peak, process.ExitCode);
    }

    /// <summary>
    /// Uploads new district plans (composed as the archive's are, numbered past any the archive uses) one at a time:
    /// the time until the answer and the plan is found by its symbol and listed among its parent's implementations;
    /// then deletes each: the time until its symbol no longer finds it.
    /// </summary>
    private static async Task<(LatencyStats Upload, int Visible, LatencyStats Delete, int Gone)> UploadsAsync(
        HttpClient client, string key, KnowledgeBaseClient knowledge, IReadOnlyList<TruthEntry> truth, IReadOnlyDictionary<string, string> documentOfKey,
        int size, ArchiveBenchSettings settings, string archiveDirectory)
    {
        var archive = ArchiveSkeleton.Build(size, settings.Seed);
        var composer = new ArchiveComposer(archive);
        var candidates = archive.Where(d => d.Level == ArchiveLevel.Province && d.Party && documentOfKey.ContainsKey(d.Key)).ToList();
        var uploads = new List<double>();
        var deletes = new List<double>();
        var visible = 0;
        var gone = 0;
        var folder = Directory.CreateTempSubdirectory("dirsearch-bench-upload-");
        try
        {
            for (var u = 0; u < settings.Uploads && candidates.Count > 0; u++)
            {
                var parent = candidates[(u * 7919) % candidates.Count];
                var plan = archive.First(d => d.Level == ArchiveLevel.District && d.Party) with
                {
                    Key = $"upload{u}",
                    Symbol = $"{9000 + u}-KH/HU",
                    Parent = parent.Index,
                    Topic = parent.Topic,
                    Date = parent.Date.AddDays(30),
                    Seed = settings.Seed * 31 + u,
                    Index = -1,
                };
                var path = Path.Combine(folder.FullName, $"upload-{u}.txt");
                new TextRendition().Write(composer.Compose(plan), path, decomposed: false);
                var parentNode = await knowledge.IdentityAsync(documentOfKey[parent.Key]);
                var clock = Stopwatch.StartNew();
                using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(path)), "file", Path.GetFileName(path) } };
                using var post = new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = form };
                post.Headers.Add("X-Upload-Key", key);
                using var answer = await client.SendAsync(post);
                var body = await answer.Content.ReadAsStringAsync();
                if (answer.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
                    throw new InvalidOperationException($"upload answered {(int)answer.StatusCode}: {body}");
                var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
                var seen = await UntilAsync(async () => await FoundAsync(client, plan.Symbol, id)
                    && parentNode is not null && (await knowledge.ImplementationsAsync(parentNode, transitive: false)).Count > 0
                    && await ImplementsAsync(knowledge, parentNode, id));
                uploads.Add(clock.Elapsed.TotalMilliseconds);
                visible += seen ? 1 : 0;

                clock.Restart();
                using var removal = new HttpRequestMessage(HttpMethod.Delete, "api/documents/" + Uri.EscapeDataString(id));
                removal.Headers.Add("X-Upload-Key", key);
                using var removed = await client.SendAsync(removal);
                if (removed.StatusCode != HttpStatusCode.NoContent)
                    throw new InvalidOperationException($"delete of {id} answered {(int)removed.StatusCode}");
                var absent = await UntilAsync(async () => !await FoundAsync(client, plan.Symbol, id));
                deletes.Add(clock.Elapsed.TotalMilliseconds);
                gone += absent ? 1 : 0;
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return (LatencyStats.Of(uploads, TimeSpan.FromSeconds(1)), visible, LatencyStats.Of(deletes, TimeSpan.FromSeconds(1)), gone);
    }

    private static async Task<bool> ImplementsAsync(KnowledgeBaseClient knowledge, string parentNode, string documentId)
    {
        foreach (var (node, _) in await knowledge.ImplementationsAsync(parentNode, transitive: false))
        {
            if (await knowledge.DocumentOfAsync(node) == documentId)
                return true;
        }

        return false;
    }

    private static async Task<bool> FoundAsync(HttpClient client, string symbol, string id)
    {
        var page = JsonDocument.Parse(await client.GetStringAsync("api/search?q=" + Uri.EscapeDataString(symbol))).RootElement;
        return page.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("id").GetString() == id);
    }

    /// <summary>Polls for up to 30 s; the change is acknowledged first, so this is normally true at once.</summary>
    private static async Task<bool> UntilAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        do
        {
            if (await condition())
                return true;
            await Task.Delay(20);
        }
        while (DateTime.UtcNow < until);
        return false;
    }

    /// <summary>
    /// For every directive the truth gives implementations of (and the index holds): its node, its implementations
    /// direct and transitive from the API, each implementing node mapped to the document that is it and to that
    /// document's truth key (a node no generated document is counts as wrong), scored against the truth.
    /// </summary>
    private static async Task<(ImplementationScore Direct, ImplementationScore Transitive, int Directives)> ScoreAsync(
        KnowledgeBaseClient knowledge, IReadOnlyList<TruthEntry> truth, IReadOnlyDictionary<string, string> documentOfKey, IReadOnlyDictionary<string, string> keyOfDocument)
    {
        var expected = ArchiveTruth.Implementations(truth);
        var truthDirect = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var truthAll = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var foundDirect = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var foundAll = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (directive, sets) in expected)
        {
            truthDirect[directive] = sets.Direct;
            truthAll[directive] = sets.All;
            var node = documentOfKey.TryGetValue(directive, out var documentId) ? await knowledge.IdentityAsync(documentId) : null;
            if (node is null)
            {
                foundDirect[directive] = [];
                foundAll[directive] = [];
                continue;
            }

            foundDirect[directive] = await KeysAsync(knowledge, await knowledge.ImplementationsAsync(node, transitive: false), keyOfDocument);
            foundAll[directive] = await KeysAsync(knowledge, await knowledge.ImplementationsAsync(node, transitive: true), keyOfDocument);
        }

        return (ImplementationScore.Of(truthDirect, foundDirect), ImplementationScore.Of(truthAll, foundAll), expected.Count);
    }

    private static async Task<HashSet<string>> KeysAsync(KnowledgeBaseClient knowledge, IEnumerable<(string Node, string Relation)> implementations, IReadOnlyDictionary<string, string> keyOfDocument)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, _) in implementations)
        {
            var document = await knowledge.DocumentOfAsync(node);
            keys.Add(document is not null && keyOfDocument.TryGetValue(document, out var key) ? key : "node:" + node);
        }

        return keys;
    }

    private static double FolderMegabytes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1_000_000.0;
}
