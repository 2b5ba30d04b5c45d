using System.Text;
using DirectiveSearch.Core.Assignments;

namespace DirectiveSearch.Core.Tests.Assignments;

/// <summary>Status at a fixed date, CSV for Excel and iCalendar for a calendar.</summary>
public sealed class TaskExportTests
{
    private static readonly DateOnly Today = new(2022, 3, 20);

    [Theory]
    [InlineData("2022-02-28", TaskStatuses.Overdue)]
    [InlineData("2022-03-19", TaskStatuses.Overdue)]
    [InlineData("2022-03-20", TaskStatuses.DueSoon)]
    [InlineData("2022-04-19", TaskStatuses.DueSoon)]
    [InlineData("2022-04-20", TaskStatuses.Open)]
    public void Overdue_and_due_soon_are_counted_from_today(string due, string status)
    {
        var deadline = new Deadline("trước ngày ...", DeadlineKinds.Date, DateOnly.Parse(due), null, 0, 0);

        Assert.Equal(status, TaskStatuses.Of(deadline, Today));
    }

    [Fact]
    public void Undated_deadlines_are_never_overdue()
    {
        Assert.Equal(TaskStatuses.Ongoing, TaskStatuses.Of(new Deadline("thực hiện thường xuyên", DeadlineKinds.Ongoing, null, null, 0, 0), Today));
        Assert.Equal(TaskStatuses.Ongoing, TaskStatuses.Of(new Deadline("hằng năm", DeadlineKinds.Recurring, null, "annual", 0, 0), Today));
        Assert.Equal(TaskStatuses.Open, TaskStatuses.Of(new Deadline("khi Trung ương triển khai", DeadlineKinds.Conditional, null, null, 0, 0), Today));
        Assert.Equal(TaskStatuses.NoDeadline, TaskStatuses.Of(null, Today));
    }

    [Fact]
    public void Csv_cells_that_excel_would_evaluate_stay_text()
    {
        var csv = TaskCsv.ToCsv([Task("=HYPERLINK(\"http://x\")", "-1+1"), Task("@SUM(A1)", "\tbáo cáo")]);

        var lines = csv.Split("\r\n");
        Assert.Equal("id,document_id,document,section,lead,supporting,deadline_text,due,status,output,directives,text", lines[0]);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", lines[1]);
        Assert.EndsWith(",'-1+1", lines[1]);
        Assert.Contains(",'@SUM(A1),", lines[2]);
        Assert.EndsWith(",'\tbáo cáo", lines[2]);
    }

    [Fact]
    public void Csv_written_to_a_stream_starts_with_a_bom()
    {
        using var stream = new MemoryStream();
        TaskCsv.Write([Task("Ban Tuyên giáo", "Xây dựng kế hoạch")], stream);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), stream.ToArray()[..3]);
    }

    [Fact]
    public void Ics_lines_end_with_crlf_fold_at_75_octets_and_escape_text()
    {
        var text = "Xây dựng kế hoạch, tổ chức sơ kết; báo cáo\\tổng hợp " + string.Concat(Enumerable.Repeat("Tỉnh ủy Thừa Thiên Huế ", 8));
        var ics = TaskCalendar.ToIcs([Task("Văn phòng Tỉnh ủy", text, new DateOnly(2022, 2, 28))], new DateTimeOffset(2022, 3, 20, 9, 0, 0, TimeSpan.Zero), "Văn phòng Tỉnh ủy");

        var lines = ics.Split("\r\n");
        Assert.Equal(string.Empty, lines[^1]);
        Assert.DoesNotContain('\n', ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(lines, l => l.StartsWith(' '));
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("DESCRIPTION:Xây dựng kế hoạch\\, tổ chức sơ kết\\; báo cáo\\\\tổng hợp", unfolded);
        Assert.Contains("DTSTART;VALUE=DATE:20220228\r\nDTEND;VALUE=DATE:20220301\r\n", unfolded);
        Assert.Contains("DTSTAMP:20220320T090000Z", unfolded);
        Assert.Single(lines, l => l == "BEGIN:VEVENT");
    }

    [Fact]
    public void Tasks_without_a_due_date_have_no_calendar_event()
    {
        var ics = TaskCalendar.ToIcs([Task("Văn phòng Tỉnh ủy", "Theo dõi, đôn đốc")], DateTimeOffset.UnixEpoch, "x");

        Assert.DoesNotContain("BEGIN:VEVENT", ics);
    }

    private static TaskEntry Task(string lead, string text, DateOnly? due = null) => new(
        "kh#1", "kh", "KẾ HOẠCH", "12-KH/TU", null, "Kế hoạch số 12-KH/TU, mục III.1", "III.1", text, 0, text.Length,
        [new AssignedUnit(UnitResolver.IdOf(lead), lead, lead)], [], false, null,
        due is null ? null : "trước ngày ...", due is null ? null : DeadlineKinds.Date, due, null, TaskStatuses.Overdue, []);
}
