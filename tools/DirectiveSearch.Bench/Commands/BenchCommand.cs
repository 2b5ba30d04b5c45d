using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using DirectiveSearch.Bench.Measures;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Search.Querying;

namespace DirectiveSearch.Bench.Commands;

/// <summary>
/// dirsearch-bench bench [PATH...] [--queries FILE|N] [--out DIR] [--rounds N] [--http-seconds N] [--connections N]
/// [--growth 1,2,4,8] [--ranking DIR] [--ranking-only]: one run that measures ingest per format (1 and 2 workers, against pdftotext for PDF),
/// the index (size, open time), query latency with 1 and 2 threads against SQLite FTS5 on the same passages
/// and queries, HTTP throughput under concurrent connections, and growth with corpus size. Default data:
/// ../shared/bench. Ranking on the judged questions of --ranking (default ../shared/ranking/alqac2023-train), against
/// SQLite FTS5 on the same articles; --ranking-only measures that alone. Prints Markdown and writes bench.md and
/// bench.json to --out. With --archive N[,N...] it measures generated archives of those sizes instead
/// (<see cref="ArchiveBenchCommand"/>).
/// </summary>
public static class BenchCommand
{
    private const int DefaultQueries = 600;
    private static readonly string DefaultData = Path.Combine("..", "shared", "bench");
    private static readonly string DefaultRanking = Path.Combine("..", "shared", "ranking", "alqac2023-train");

    public static Command Build(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.ZeroOrMore, Description = "files or folders to measure (default ../shared/bench)" };
        var queries = BenchOptions.Text("--queries", "a file of queries (one a line, optionally \"kind TAB query\"), or how many to build from the corpus (default 600)");
        var outDirectory = BenchOptions.Text("--out", "where bench.md, bench.json and the work files go (default TestResults/bench)");
        var rounds = BenchOptions.Int("--rounds", 3, 1, 100, "rounds of the query set per engine and thread count");
        var httpSeconds = BenchOptions.Int("--http-seconds", 30, 0, 3600, "seconds of HTTP load per setting, 0 for none");
        var connections = BenchOptions.Int("--connections", 32, 1, 1024, "concurrent HTTP connections");
        var workers = BenchOptions.Int("--workers", 2, 1, 64, "ingest workers");
        var growth = BenchOptions.Text("--growth", "copies of the parsed corpus to index for the growth table, from 1 to 64 separated by commas, or 0 for none", "1,2,4,8");
        var ranking = BenchOptions.Text("--ranking", "judged question set (queries.jsonl and corpus/; default ../shared/ranking/alqac2023-train)");
        var rankingOnly = new Option<bool>("--ranking-only") { Description = "measure ranking alone (ranking.md, ranking.json)" };
        var archive = BenchOptions.Text("--archive", "measure generated archives of these sizes instead, e.g. 1000,10000,100000 (see 'generate')");
        var archives = BenchOptions.Text("--archives", "with --archive: where generated archives are kept and reused (default --out/archives)");
        var seed = BenchOptions.Int("--seed", 1, 0, int.MaxValue, "with --archive: the generator's seed");
        var uploads = BenchOptions.Int("--uploads", 5, 0, 100, "with --archive: plans uploaded and deleted one at a time, for the p95");
        var command = new Command("bench", "ingest, index, query (side by side with SQLite FTS5), HTTP and growth figures, as Markdown and JSON")
        {
            paths, queries, outDirectory, rounds, httpSeconds, connections, workers, growth, ranking, rankingOnly, archive, archives, seed, uploads,
        };
        command.SetAction(result =>
        {
            var outFolder = Path.GetFullPath(result.GetValue(outDirectory) ?? Path.Combine("TestResults", "bench"));
            if (result.GetValue(archive) is { } sizes)
            {
                return ArchiveBenchCommand.Run(
                    new ArchiveBenchSettings(
                        ArchiveBenchCommand.Sizes(sizes),
                        outFolder,
                        result.GetValue(archives) is { } kept ? Path.GetFullPath(kept) : Path.Combine(outFolder, "archives"),
                        result.GetValue(seed),
                        QueryCount(result.GetValue(queries)),
                        result.GetValue(rounds),
                        result.GetValue(httpSeconds),
                        result.GetValue(connections),
                        result.GetValue(workers),
                        result.GetValue(uploads)),
                    output,
                    error);
            }

            return Run(
                new BenchSettings(
                    result.GetValue(paths) is { Length: > 0 } chosen ? chosen : [DefaultData],
                    result.GetValue(queries),
                    outFolder,
                    result.GetValue(rounds),
                    result.GetValue(httpSeconds),
                    result.GetValue(connections),
                    result.GetValue(workers),
                    Factors(result.GetValue(growth) ?? "1,2,4,8"),
                    result.GetValue(ranking),
                    result.GetValue(rankingOnly)),
                output,
                error);
        });
        return command;
    }

    public static int Run(BenchSettings settings, TextWriter output, TextWriter error)
    {
        var paths = settings.Paths;
        var rankingOnly = settings.RankingOnly;
        foreach (var path in paths.Where(p => !rankingOnly && !File.Exists(p) && !Directory.Exists(p)))
            throw new UsageException($"no file or folder at '{path}'");
        var outDirectory = settings.Out;
        var rounds = settings.Rounds;
        var httpSeconds = settings.HttpSeconds;
        var connections = settings.Connections;
        var workers = settings.Workers;
        var growth = settings.Growth;
        var queryFile = QueryFile(settings.Queries);
        var queryCount = queryFile is null ? QueryCount(settings.Queries) : 0;
        var rankingDirectory = settings.Ranking ?? DefaultRanking;
        if (settings.Ranking is { } chosen && !Directory.Exists(chosen))
            throw new UsageException($"--ranking: no folder at '{chosen}'");
        Directory.CreateDirectory(outDirectory);

        var log = new Progress(error);
        if (rankingOnly)
        {
            log.Say($"ranking on {rankingDirectory}");
            var alone = RankingBenchmark.Measure(rankingDirectory, outDirectory);
            var text = BenchReport.RankingMarkdown(alone);
            File.WriteAllText(Path.Combine(outDirectory, "ranking.md"), text);
            File.WriteAllText(Path.Combine(outDirectory, "ranking.json"), JsonSerializer.Serialize(alone, RecordJson.Options));
            output.Write(text);
            log.Say($"wrote {Path.Combine(outDirectory, "ranking.md")} and ranking.json");
            return BenchExitCodes.Success;
        }

        var data = BenchData.Find(paths);
        log.Say($"{data.Text.Count} text, {data.Docx.Count} docx, {data.Pdf.Count} pdf files under {string.Join(", ", paths)}");

        var ingest = new List<IngestFigures>();
        foreach (var (format, files) in data.ByFormat())
        {
            foreach (var n in new[] { 1, workers }.Distinct())
            {
                log.Say($"ingest {format} with {n} worker(s)");
                ingest.Add(IngestBenchmark.Measure(format, files, n));
            }
        }

        PdfBaseline? pdfBaseline = null;
        if (ingest.LastOrDefault(i => i.Format == "pdf" && i.Workers == workers) is { } ourPdf)
        {
            log.Say("pdftotext on the same PDFs");
            if (PdfToTextBaseline.Measure(data.Pdf, workers) is { } seconds)
                pdfBaseline = new PdfBaseline(data.Pdf.Count, workers, seconds, ourPdf.Seconds, ourPdf.Seconds / seconds);
        }

        log.Say($"index all files with {workers} workers");
        var indexDirectory = Path.Combine(outDirectory, "index");
        if (Directory.Exists(indexDirectory))
            Directory.Delete(indexDirectory, recursive: true);
        MemoryPeak.Reset();
        var build = Stopwatch.StartNew();
        var result = new IndexBuilder(ReaderCatalog.Default(), new IngestOptions(workers, OcrEnabled: false)).Build(indexDirectory, data.All);
        build.Stop();
        var buildPeak = MemoryPeak.Megabytes();
        var records = result.Report.Documents;
        var textMegabytes = records.Sum(r => (double)Encoding.UTF8.GetByteCount(r.Text)) / 1_000_000;

        // Opening is Lucene's part; the knowledge base is built on first use (a facet label, a reference), so apart.
        var open = Stopwatch.StartNew();
        using var index = DocumentIndex.Open(indexDirectory);
        _ = index.DocumentCount;
        open.Stop();
        var knowledge = Stopwatch.StartNew();
        _ = index.Graph;
        knowledge.Stop();
        log.Say("tasks of every plan");
        var taskFigures = TaskExtractionBenchmark.Measure(index, build.Elapsed.TotalSeconds);
        var indexMegabytes = Directory.EnumerateFiles(indexDirectory).Sum(f => new FileInfo(f).Length) / 1_000_000.0;
        var indexFigures = new IndexFigures(
            workers, records.Count, textMegabytes, build.Elapsed.TotalSeconds, textMegabytes / build.Elapsed.TotalSeconds,
            indexMegabytes, indexMegabytes / textMegabytes, open.Elapsed.TotalMilliseconds, knowledge.Elapsed.TotalMilliseconds, buildPeak);

        var (queries, source) = queryFile ?? (QuerySetBuilder.Build(records, queryCount), "built from the corpus by QuerySetBuilder's rule");
        log.Say($"{queries.Count} queries ({source})");

        log.Say("SQLite FTS5 over the same passages");
        using var sqlite = SqliteFtsPeer.Build(Path.Combine(outDirectory, "peer-fts5.sqlite"), records);
        var peer = new PeerFigures("sqlite-fts5", sqlite.Passages, sqlite.BuildSeconds, new FileInfo(sqlite.Path).Length / 1_000_000.0);

        var queryFigures = new List<QueryFigures>();
        foreach (var threads in new[] { 1, workers }.Distinct())
        {
            log.Say($"queries, {threads} thread(s), {rounds} round(s)");
            queryFigures.Add(QueryBenchmark.Measure("dirsearch", queries, q => index.Search(new SearchRequest(q)), threads, rounds));
            queryFigures.Add(QueryBenchmark.Measure("sqlite-fts5", queries, q => sqlite.Search(q), threads, rounds));
        }

        HttpFigures? http = null;
        HttpFigures? httpUncached = null;
        if (httpSeconds > 0)
        {
            log.Say($"HTTP: {connections} connections for {httpSeconds} s, with the server's search cache");
            http = HttpLoadBenchmark.MeasureAsync(indexDirectory, queries, connections, TimeSpan.FromSeconds(httpSeconds), Server.ServerOptions.DefaultSearchCacheSize).GetAwaiter().GetResult();
            log.Say($"HTTP: {connections} connections for {httpSeconds} s, without it");
            httpUncached = HttpLoadBenchmark.MeasureAsync(indexDirectory, queries, connections, TimeSpan.FromSeconds(httpSeconds), searchCache: 0).GetAwaiter().GetResult();
        }

        var growthFigures = new List<GrowthFigures>();
        foreach (var factor in growth)
        {
            log.Say($"growth {factor}×");
            growthFigures.Add(GrowthBenchmark.Measure(records, queries, factor, outDirectory));
            Directory.Delete(Path.Combine(outDirectory, $"growth-{factor}x"), recursive: true);
        }

        log.Say($"ranking on {rankingDirectory}");
        var ranking = RankingBenchmark.Measure(rankingDirectory, outDirectory);

        var report = new BenchReport(
            new BenchMachine(Environment.ProcessorCount, RuntimeInformation.FrameworkDescription, RuntimeInformation.OSDescription, DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
            [.. paths],
            ingest,
            pdfBaseline,
            indexFigures,
            new QuerySetInfo(queries.Count, source, queries.GroupBy(q => q.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count())),
            queryFigures,
            peer,
            http,
            httpUncached,
            growthFigures,
            taskFigures)
        {
            Ranking = ranking,
        };
        var markdown = report.ToMarkdown();
        File.WriteAllText(Path.Combine(outDirectory, "bench.md"), markdown);
        File.WriteAllText(Path.Combine(outDirectory, "bench.json"), JsonSerializer.Serialize(report, RecordJson.Options));
        output.Write(markdown);
        log.Say($"wrote {Path.Combine(outDirectory, "bench.md")} and bench.json");
        return BenchExitCodes.Success;
    }

    /// <summary>--queries FILE: one query a line, optionally "kind TAB query"; read before anything is measured. Null for a count or nothing.</summary>
    private static (IReadOnlyList<BenchQuery> Queries, string Source)? QueryFile(string? option)
    {
        if (option is null || int.TryParse(option, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return null;
        if (!File.Exists(option))
            throw new UsageException($"--queries: no file at '{option}'");
        var fromFile = File.ReadLines(option)
            .Where(line => line.Trim().Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2) is [var kind, var text] ? new BenchQuery(kind.Trim(), text.Trim()) : new BenchQuery("file", line.Trim()))
            .ToList();
        if (fromFile.Count == 0)
            throw new UsageException($"--queries: '{option}' holds no query");
        return (fromFile, $"from {option}");
    }

    /// <summary>--queries N: how many queries to build from the corpus (at least 500 make the figures worth reading).</summary>
    internal static int QueryCount(string? option)
    {
        if (option is null)
            return DefaultQueries;
        return int.TryParse(option, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1
            ? count
            : throw new UsageException($"--queries must be a file or a whole number of at least 1, got '{option}'");
    }

    private static IReadOnlyList<int> Factors(string text)
    {
        if (text.Trim() is "0" or "")
            return [];
        var factors = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var factor) || factor is < 1 or > 64)
                throw new UsageException($"--growth takes factors from 1 to 64 separated by commas (or 0 for none), got '{text}'");
            factors.Add(factor);
        }

        return factors;
    }

    /// <summary>Progress on stderr with the time since start, so stdout is the report alone.</summary>
    internal sealed class Progress(TextWriter error)
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();

        public void Say(string what) => error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,6:0.0} s] {what}"));
    }
}

/// <summary>What one "bench" run over files measures, from its command line.</summary>
public sealed record BenchSettings(
    IReadOnlyList<string> Paths,
    string? Queries,
    string Out,
    int Rounds,
    int HttpSeconds,
    int Connections,
    int Workers,
    IReadOnlyList<int> Growth,
    string? Ranking,
    bool RankingOnly);
