using System.Text.Json;

namespace DirectiveSearch.Cli.Tests;

/// <summary>ingest says which files became one document, and how alike they were, so a user can check it.</summary>
public sealed class IngestMergesTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("dirsearch-merges-");

    public void Dispose() => work.Delete(recursive: true);

    private string Corpus()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(work.FullName, "kho")).FullName;
        File.Copy(RepositoryFiles.Seed("002", ".txt"), Path.Combine(corpus, "ke-hoach-002.txt"));
        File.Copy(RepositoryFiles.Seed("002", ".pdf"), Path.Combine(corpus, "ke-hoach-002.pdf"));
        File.Copy(RepositoryFiles.Seed("003", ".txt"), Path.Combine(corpus, "ke-hoach-003.txt"));
        return corpus;
    }

    [Fact]
    public void Json_lists_each_merge_with_its_files_and_resemblance()
    {
        var corpus = Corpus();

        var run = CliRun.Of("ingest", corpus, "--index", Path.Combine(work.FullName, "index"), "--no-ocr", "--json");

        Assert.Equal(0, run.ExitCode);
        var merge = Assert.Single(JsonDocument.Parse(run.Output).RootElement.GetProperty("merges").EnumerateArray());
        Assert.Equal("ke-hoach-002", merge.GetProperty("id").GetString());
        Assert.Equal(["ke-hoach-002.pdf", "ke-hoach-002.txt"], merge.GetProperty("files").EnumerateArray().Select(f => Path.GetFileName(f.GetString())));
        Assert.InRange(merge.GetProperty("resemblance").GetDouble(), 0.95, 1.0);
        var pair = Assert.Single(merge.GetProperty("pairs").EnumerateArray());
        Assert.Equal(merge.GetProperty("resemblance").GetDouble(), pair.GetProperty("resemblance").GetDouble());
    }

    [Fact]
    public void The_summary_prints_each_merge_with_its_files_and_resemblance_in_per_cent()
    {
        var corpus = Corpus();

        var run = CliRun.Of("ingest", corpus, "--index", Path.Combine(work.FullName, "index"), "--no-ocr");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Tệp được gộp thành một văn bản (merged): 1 văn bản", run.Output, StringComparison.Ordinal);
        var line = Assert.Single(run.Output.Split('\n'), l => l.TrimStart().StartsWith("ke-hoach-002: ", StringComparison.Ordinal));
        Assert.Contains("ke-hoach-002.pdf + ", line, StringComparison.Ordinal);
        Assert.EndsWith(" %", line.TrimEnd(), StringComparison.Ordinal);
    }
}
