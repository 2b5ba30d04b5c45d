using System.Text.Json;

namespace DirectiveSearch.Bench.Tests;

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

        var run = BenchRun.Of("bench", corpus.FullName, "--out", outDirectory, "--rounds", "1", "--queries", "50", "--http-seconds", "1", "--connections", "4", "--growth", "1,2");

        Assert.Equal(BenchExitCodes.Success, run.ExitCode);
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

    [Fact]
    public void Ranking_only_reports_mrr_and_recall_on_a_judged_set_beside_fts5()
    {
        // Three laws of three articles, each article on its own subject: each question's answer is known by construction.
        var judged = work.CreateSubdirectory("judged");
        var corpus = judged.CreateSubdirectory("corpus");
        string[] laws = ["LUẬT DU LỊCH", "LUẬT HÔN NHÂN VÀ GIA ĐÌNH", "LUẬT CƯ TRÚ"];
        string[][] subjects =
        [
            ["hợp đồng lữ hành phải được lập thành văn bản", "hướng dẫn viên du lịch phải có thẻ hành nghề", "khu du lịch quốc gia do Chính phủ công nhận"],
            ["nam từ đủ hai mươi tuổi được kết hôn", "tài sản chung của vợ chồng gồm thu nhập do lao động", "cha mẹ có nghĩa vụ nuôi dưỡng con chưa thành niên"],
            ["công dân đăng ký thường trú tại chỗ ở hợp pháp", "sổ hộ khẩu không còn được sử dụng", "tạm trú quá ba mươi ngày phải đăng ký"],
        ];
        var questions = new List<string>();
        for (var law = 0; law < laws.Length; law++)
        {
            for (var article = 0; article < 3; article++)
            {
                var id = $"law{law:00}-a{article + 1}";
                File.WriteAllText(Path.Combine(corpus.FullName, id + ".txt"), $"{laws[law]}\n\nĐiều {article + 1}. Quy định chung\n1. Theo luật này, {subjects[law][article]}.\n");
                questions.Add(JsonSerializer.Serialize(new { qid = id, text = $"Theo {laws[law].ToLowerInvariant()}, {subjects[law][article]}, đúng hay sai?", relevant = new[] { id } }));
            }
        }

        File.WriteAllLines(Path.Combine(judged.FullName, "queries.jsonl"), questions);
        var outDirectory = Path.Combine(work.FullName, "ranking-out");

        var run = BenchRun.Of("bench", "--ranking-only", "--ranking", judged.FullName, "--out", outDirectory);

        Assert.Equal(BenchExitCodes.Success, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(outDirectory, "ranking.md")), run.Output);
        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDirectory, "ranking.json"))).RootElement;
        Assert.Equal(9, report.GetProperty("articles").GetInt32());
        Assert.Equal(3, report.GetProperty("laws").GetInt32());
        var lines = report.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(8, lines.Count);
        Assert.Equal(4, lines.Count(l => l.GetProperty("engine").GetString() == "sqlite-fts5"));
        foreach (var line in lines.Where(l => l.GetProperty("engine").GetString() == "dirsearch"))
        {
            Assert.Equal(9, line.GetProperty("questions").GetInt32());
            Assert.Equal(1.0, line.GetProperty("mrr10").GetDouble());
            Assert.Equal(1.0, line.GetProperty("recall1").GetDouble());
        }

        Assert.Contains("| group=section over laws, without diacritics | 1.000 |", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--growth", "1,x")]
    [InlineData("--queries", "/no/such/file")]
    [InlineData("--rounds", "0")]
    [InlineData("--ranking", "/no/such/folder")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var run = BenchRun.Of("bench", RepositoryFiles.Corpus, "--out", Path.Combine(work.FullName, "out"), option, value);

        Assert.Equal(BenchExitCodes.Usage, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }
}
