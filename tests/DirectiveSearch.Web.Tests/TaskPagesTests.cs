using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DirectiveSearch.Web.Tests;

/// <summary>What a cadre does with the tasks: a unit's page with what is overdue, a directive's tasks, the downloads.</summary>
public sealed class TaskPagesTests(TasksWebFixture web) : IClassFixture<TasksWebFixture>
{
    private const string BanToChucTinhUy = "ban-to-chuc-tinh-uy";

    [Fact]
    public async Task A_unit_page_lists_its_tasks_by_deadline_with_the_overdue_one_marked()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/units");
        await page.Locator($".units li[data-id='{BanToChucTinhUy}'] a").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(web.BaseAddress, $"/units/{BanToChucTinhUy}").ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ban Tổ chức Tỉnh ủy");
        var overdue = page.Locator("li.task[data-status='overdue']");
        await Expect(overdue).ToHaveCountAsync(1);
        await Expect(overdue.Locator(".task-status")).ToHaveTextAsync("quá hạn");
        await Expect(overdue.Locator(".task-due")).ToHaveTextAsync("28/02/2022");
        await Expect(page.Locator("li.task").First).ToHaveAttributeAsync("data-status", "overdue");
        var color = await overdue.Locator(".task-status").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(179, 38, 30)", color);
        await Expect(page.Locator(".task-summary")).ToContainTextAsync("1 quá hạn");
        await page.Locator("li.task").First.Locator("a", new() { HasText = "mục III.5" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/documents/004_c789a2f662faff50#muc-III-5$"));
        await page.GoBackAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ban Tổ chức Tỉnh ủy");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(WebFixture.ScreenshotFolder, "20-unit-tasks.png"), FullPage = true });
    }

    [Fact]
    public async Task The_directive_page_shows_the_tasks_assigned_under_it_by_unit()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/directives/kl-21-tw-2021");

        var section = page.Locator(".directive-tasks");
        await Expect(section.Locator("h2")).ToContainTextAsync("Nhiệm vụ được giao (");
        var group = section.Locator(".task-group", new() { Has = page.Locator($"h3 a[href='/units/{BanToChucTinhUy}']") });
        await Expect(group).ToHaveCountAsync(1);
        await Expect(group.Locator("li.task[data-status='overdue']")).ToHaveCountAsync(1);
        Assert.True(await section.Locator("li.task").CountAsync() > 20);
    }

    [Fact]
    public async Task The_csv_and_ics_downloads_open()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync($"/units/{BanToChucTinhUy}");

        var csv = await Saved(await page.RunAndWaitForDownloadAsync(() => page.Locator("a[data-download='csv']").ClickAsync()));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        var table = Encoding.UTF8.GetString(csv[3..]);
        Assert.StartsWith("id,document_id,document,section,lead,supporting,deadline_text,due,status,output,directives,text\r\n", table);
        Assert.Contains("2022-02-28,overdue", table);

        var ics = Encoding.UTF8.GetString(await Saved(await page.RunAndWaitForDownloadAsync(() => page.Locator("a[data-download='ics']").ClickAsync())));
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics);
        Assert.Contains("X-WR-CALNAME:Ban Tổ chức Tỉnh ủy\r\n", ics);
        Assert.Contains("DTSTART;VALUE=DATE:20220228\r\n", ics);
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
    }

    [Fact]
    public async Task The_task_list_filters_are_in_the_address()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/tasks");
        await page.Locator("select[name='status']").SelectOptionAsync("due-soon");
        await page.Locator(".task-filters button").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/tasks\\?status=due-soon$"));
        await Expect(page.Locator("li.task")).ToHaveCountAsync(3);
        await Expect(page.Locator("li.task[data-status='due-soon']")).ToHaveCountAsync(3);
    }

    private static async Task<byte[]> Saved(IDownload download)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dirsearch-task-download-{Guid.NewGuid():N}");
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        File.Delete(path);
        return bytes;
    }
}
