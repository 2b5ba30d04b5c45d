using System.Text.Json;

namespace DirectiveSearch.Cli.Tests;

/// <summary>
/// dirsearch bench end to end on the corpus's text files, shortened (one round, 50 queries, 1 s of HTTP, growth
/// 1× and 2×): every section of the report is there and its counts agree with the data. Speeds are the
/// benchmark's business, not a test's: nothing here asserts a duration.
/// </summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("dirsearch-bench-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void A_short_run_reports_ingest_index_queries_against_sqlite_http_and_growth()
    {
        var corpus = work.CreateSubdirectory("corpus");
        foreach (var file in Directory.GetFiles(RepositoryFiles.Corpus, "*.txt"))
            File.Copy(file, Path.Combine(corpus.FullName, Path.GetFileName(file)));
        var outDirectory = Path.Combine(work.FullName, "out");

        var run = CliRun.Of("bench", corpus.FullName, "--out", outDirectory, "--rounds", "1", "--queries", "50", "--http-seconds", "1", "--connections", "4", "--growth", "1,2");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(outDirectory, "bench.md")), run.Output);
        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDirectory, "bench.json"))).RootElement;

        var ingest = report.GetProperty("ingest").EnumerateArray().ToList();
        Assert.Equal([("txt", 1), ("txt", 2)], ingest.Select(i => (i.GetProperty("format").GetString(), i.GetProperty("workers").GetInt32())));
        Assert.All(ingest, i => Assert.Equal(5, i.GetProperty("documents").GetInt32()));
        Assert.Equal(JsonValueKind.Null, report.GetProperty("pdfToText").ValueKind);

        var index = report.GetProperty("index");
        Assert.Equal(5, index.GetProperty("documents").GetInt32());
        Assert.True(index.GetProperty("sizeRatio").GetDouble() > 0);

        Assert.Equal(50, report.GetProperty("querySet").GetProperty("count").GetInt32());
        var engines = report.GetProperty("queries").EnumerateArray().Select(q => (q.GetProperty("engine").GetString(), q.GetProperty("threads").GetInt32())).ToList();
        Assert.Equal([("dirsearch", 1), ("sqlite-fts5", 1), ("dirsearch", 2), ("sqlite-fts5", 2)], engines);
        Assert.All(report.GetProperty("queries").EnumerateArray(), q => Assert.Equal(50, q.GetProperty("all").GetProperty("count").GetInt32()));
        Assert.True(report.GetProperty("sqlite").GetProperty("passages").GetInt32() > 50);

        var http = report.GetProperty("http");
        Assert.True(http.GetProperty("requests").GetInt32() > 0);
        Assert.Equal(0, http.GetProperty("errors").GetInt32());
        Assert.True(http.GetProperty("serverPeakMegabytes").GetDouble() > 10);

        var tasks = report.GetProperty("tasks");
        Assert.True(tasks.GetProperty("tasks").GetInt32() > 50, "the seeds' plans assign more than 50 tasks");
        Assert.InRange(tasks.GetProperty("percent").GetDouble(), double.Epsilon, 100);
        Assert.Contains("s ingest (target < 10 %)", run.Output, StringComparison.Ordinal);

        Assert.Equal([5, 10], report.GetProperty("growth").EnumerateArray().Select(g => g.GetProperty("documents").GetInt32()));
        Assert.Contains("| txt | 2 |", run.Output, StringComparison.Ordinal);
        Assert.Contains("SQLite FTS5", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--growth", "1,x")]
    [InlineData("--queries", "/no/such/file")]
    [InlineData("--rounds", "0")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var run = CliRun.Of("bench", RepositoryFiles.Corpus, "--out", Path.Combine(work.FullName, "out"), option, value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }
}
