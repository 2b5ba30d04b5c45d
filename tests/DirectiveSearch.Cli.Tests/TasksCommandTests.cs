using System.Text.Json;

namespace DirectiveSearch.Cli.Tests;

/// <summary>dirsearch tasks over an index of the bundled corpus, at a fixed date given with --today.</summary>
public sealed class TasksCommandTests(SearchCommandTests.CorpusIndex corpus) : IClassFixture<SearchCommandTests.CorpusIndex>
{
    [Fact]
    public void Overdue_lists_only_tasks_past_their_deadline_at_today()
    {
        var run = CliRun.Of("tasks", "--index", corpus.Directory, "--today", "2022-03-20", "--overdue", "--json");

        Assert.Equal(0, run.ExitCode);
        var tasks = JsonDocument.Parse(run.Output).RootElement.GetProperty("tasks").EnumerateArray().ToList();
        var task = Assert.Single(tasks);
        Assert.Equal("overdue", task.GetProperty("status").GetString());
        Assert.Equal("2022-02-28", task.GetProperty("due").GetString());
        Assert.Equal("Ban Tổ chức Tỉnh ủy", task.GetProperty("lead")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void A_unit_typed_without_diacritics_and_a_directive_reference_filter_the_text_listing()
    {
        var run = CliRun.Of("tasks", "--index", corpus.Directory, "--today", "2022-03-20", "--unit", "ban tuyen giao tinh uy", "--directive", "KL 21", "--due-before", "2022-12-31");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Nhiệm vụ: 2 (tình trạng tính đến ngày 20/03/2022)", run.Output);
        Assert.Contains("[sắp đến hạn] 31/03/2022 · Ban Tuyên giáo Tỉnh ủy", run.Output);
        Assert.Contains("[còn hạn] 31/12/2022 · Ban Tuyên giáo Tỉnh ủy", run.Output);
        Assert.Contains("mục III.7", run.Output);
    }

    [Fact]
    public void Ics_and_csv_are_files_a_calendar_and_excel_open()
    {
        var ics = CliRun.Of("tasks", "--index", corpus.Directory, "--unit", "ban-to-chuc-tinh-uy", "--format", "ics");
        var csv = CliRun.Of("tasks", "--index", corpus.Directory, "--unit", "ban-to-chuc-tinh-uy", "--format", "csv");

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics.Output);
        Assert.Contains("X-WR-CALNAME:Ban Tổ chức Tỉnh ủy\r\n", ics.Output);
        Assert.StartsWith("id,document_id,document,section,lead,", csv.Output);
    }

    [Theory]
    [InlineData("--due-before", "31/12/2022", 2)]
    [InlineData("--format", "pdf", 2)]
    [InlineData("--unit", "khong co don vi nay", 4)]
    [InlineData("--directive", "49-KH/TU", 5)]
    public void Bad_arguments_say_why_with_the_exit_code(string option, string value, int exitCode)
    {
        var run = CliRun.Of("tasks", "--index", corpus.Directory, option, value);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }
}
