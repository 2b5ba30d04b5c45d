using System.Text.RegularExpressions;

namespace DirectiveSearch.Bench.Tests;

/// <summary>The soak, shortened to 20 seconds: a real serve child under concurrent searches, uploads and deletes.</summary>
public sealed partial class SoakCommandTests
{
    [Fact]
    public void A_short_soak_over_the_corpus_passes_every_check()
    {
        var run = BenchRun.Of("soak", "--seconds", "20", "--concurrency", "4", "--files", RepositoryFiles.Corpus);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.DoesNotContain("FAIL", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"requests: \d+, 5xx: 0", run.Output);
        Assert.True(Count(run.Output, "upload", "201") > 0, run.Output);
        Assert.True(Count(run.Output, "delete", "204") > 0, run.Output);
        Assert.True(Count(run.Output, "search", "200") > 0, run.Output);
        Assert.Contains("ok   index on disk after SIGKILL = successful changes", run.Output, StringComparison.Ordinal);
        Assert.Contains("ok   memory flat after warm-up", run.Output, StringComparison.Ordinal);
        Assert.Contains("ok   kill during upload: acknowledged documents and files kept, next change taken", run.Output, StringComparison.Ordinal);
        Assert.Contains("ok   kill during delete: acknowledged documents and files kept, next change taken", run.Output, StringComparison.Ordinal);
        // Run where a tmpfs can be mounted (root); elsewhere the phase says it was skipped and why.
        Assert.Matches(@"ok   disk full: [^\n]*(statuses (201 )*507 507 201;|skipped: )", run.Output);
    }

    [Fact]
    public void A_folder_with_one_document_is_a_usage_error()
    {
        var folder = Directory.CreateTempSubdirectory("dirsearch-soak-one-");
        try
        {
            File.Copy(RepositoryFiles.Seed("002", ".txt"), Path.Combine(folder.FullName, "002.txt"));

            var run = BenchRun.Of("soak", "--seconds", "1", "--files", folder.FullName);

            Assert.Equal(BenchExitCodes.Usage, run.ExitCode);
            Assert.Contains("at least two documents", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static int Count(string report, string operation, string status) =>
        CountRow().Matches(report).Where(m => m.Groups["op"].Value == operation && m.Groups["status"].Value == status)
            .Sum(m => int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^\| (?<op>\w+) \| (?<status>\w+) \| (?<count>\d+) \|", RegexOptions.Multiline)]
    private static partial Regex CountRow();
}
