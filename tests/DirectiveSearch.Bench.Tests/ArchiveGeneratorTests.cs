using System.Globalization;
using DirectiveSearch.Bench.Archive;
using DirectiveSearch.Ingestion.Pipeline;

namespace DirectiveSearch.Bench.Tests;

/// <summary>
/// The generator's truth against what the product itself reads from the generated files, the citation forms the
/// corpus shows, and determinism by seed.
/// </summary>
public sealed class ArchiveGeneratorTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("dirsearch-archive-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void What_ingest_reads_from_the_files_is_what_the_truth_says_for_every_level_and_format()
    {
        var folder = Generate(300, seed: 7);
        var truth = ArchiveTruth.Read(folder).ToList();
        var picked = truth.GroupBy(t => (t.Level, Format: Path.GetExtension(t.Files[0]))).Select(g => g.First())
            .Concat(truth.Where(t => t.Files.Count == 2).Take(2)).DistinctBy(t => t.Key).ToList();
        Assert.Contains(picked, t => t.Files[0].EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Contains(picked, t => t.Files[0].EndsWith(".docx", StringComparison.Ordinal));
        Assert.Contains(picked, t => t.Files.Count == 2);

        var report = new IngestRunner(ReaderCatalog.Default(), new IngestOptions(1, OcrEnabled: false))
            .Run([.. picked.SelectMany(t => t.Files).Select(f => Path.Combine(folder, f))]);

        Assert.Equal(picked.Count, report.Documents.Count);
        foreach (var entry in picked)
        {
            var record = Assert.Single(report.Documents, r => r.Sources.Any(s => Path.GetFileName(s.Path).StartsWith(entry.Key + ".", StringComparison.Ordinal)));
            Assert.Equal(entry.Files.Count, record.Sources.Count);
            Assert.Equal(entry.Symbol, record.Symbol);
            Assert.Equal(DateOnly.ParseExact(entry.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), record.Date);
        }
    }

    [Fact]
    public void Plans_cite_their_parent_in_the_corpus_forms_and_chains_reach_a_directive()
    {
        var folder = Generate(600, seed: 11);
        var truth = ArchiveTruth.Read(folder).ToDictionary(t => t.Key);
        var texts = truth.Values.Where(t => t.Files[0].EndsWith(".txt", StringComparison.Ordinal))
            .ToDictionary(t => t.Key, t => File.ReadAllText(Path.Combine(folder, t.Files[0])).Normalize());
        var all = string.Join("\n", texts.Values);

        Assert.Matches(@"Kế hoạch số \d+-KH/TU, ngày", all);
        Assert.Matches(@"(Kết luận|Nghị quyết|Quy định|Chỉ thị) \d+-(KL|NQ|QĐ|CT)/TW ngày", all);
        Assert.Matches(@"số \d+- (KH|KL|NQ|QĐ|CT|CTr)/", all);
        Assert.Matches(@"(Kết luận|Nghị quyết|Quy định|Chỉ thị) số \d+, ngày [^,]+ của", all);
        Assert.Matches(@"về thực hiện Kế hoạch số \d+-KH/(TU|HU|ThU|QU|ĐUK)", all);
        Assert.Contains("ngày ", all, StringComparison.Ordinal);
        Assert.Contains("uỷ", all, StringComparison.Ordinal);
        Assert.Contains("ủy", all, StringComparison.Ordinal);
        Assert.Contains(truth.Values, t => t.Level == "commune" && t.Chain.Count >= 3);

        foreach (var entry in truth.Values.Where(t => t.Implements is not null && texts.ContainsKey(t.Key)).Take(50))
        {
            var parent = truth[entry.Implements!];
            var number = parent.Symbol.Split(['-', '/'])[0];
            Assert.Contains(number, texts[entry.Key].Split("I. MỤC ĐÍCH")[0], StringComparison.Ordinal);
            Assert.Equal(entry.Chain[0], entry.Implements);
            Assert.Contains(truth[entry.Chain[^1]].Level, new[] { "central", "state" });
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_archive_and_another_seed_another()
    {
        var first = Generate(120, seed: 5, "a");
        var again = Generate(120, seed: 5, "b");
        var other = Generate(120, seed: 6, "c");

        Assert.Equal(File.ReadAllText(Path.Combine(first, ArchiveTruth.TruthFile)), File.ReadAllText(Path.Combine(again, ArchiveTruth.TruthFile)));
        var texts = ArchiveTruth.Read(first).Where(t => t.Files[0].EndsWith(".txt", StringComparison.Ordinal)).Take(20).Select(t => t.Files[0]).ToList();
        Assert.All(texts, f => Assert.Equal(File.ReadAllText(Path.Combine(first, f)), File.ReadAllText(Path.Combine(again, f))));
        Assert.NotEqual(File.ReadAllText(Path.Combine(first, ArchiveTruth.TruthFile)), File.ReadAllText(Path.Combine(other, ArchiveTruth.TruthFile)));
        Assert.True(ArchiveGenerator.Generate(new ArchiveSettings(120, first, 5, ["txt", "docx", "pdf"])).Reused);
    }

    [Fact]
    public void Scoring_counts_pairs_found_and_expected()
    {
        var truth = new Dictionary<string, HashSet<string>> { ["kl"] = ["a", "b", "c", "d"], ["nq"] = ["e"] };
        var found = new Dictionary<string, HashSet<string>> { ["kl"] = ["a", "b", "x"], ["nq"] = ["e"] };

        var score = ArchiveBench.ImplementationScore.Of(truth, found);

        Assert.Equal((5, 4, 3), (score.Expected, score.Found, score.Correct));
        Assert.Equal(0.75, score.Precision, 3);
        Assert.Equal(0.6, score.Recall, 3);
    }

    [Fact]
    public void Generate_without_out_is_a_usage_error()
    {
        var run = BenchRun.Of("generate", "--documents", "10");

        Assert.Equal(BenchExitCodes.Usage, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }

    private string Generate(int documents, int seed, string name = "archive")
    {
        var folder = Path.Combine(work.FullName, name);
        var run = BenchRun.Of("generate", "--documents", documents.ToString(CultureInfo.InvariantCulture), "--out", folder, "--seed", seed.ToString(CultureInfo.InvariantCulture));
        Assert.True(run.ExitCode == 0, run.Error);
        return folder;
    }
}
