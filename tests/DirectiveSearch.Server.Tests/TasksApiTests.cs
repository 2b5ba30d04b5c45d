using System.Net;
using System.Text;
using System.Text.Json;

namespace DirectiveSearch.Server.Tests;

/// <summary>GET /api/units and /api/tasks over the bundled corpus, at the fixed date of <see cref="TasksServer"/>.</summary>
public sealed class TasksApiTests(TasksServer server) : IClassFixture<TasksServer>
{
    private const string BanToChucTinhUy = "ban-to-chuc-tinh-uy";

    [Fact]
    public async Task Units_are_one_per_body_with_their_counts()
    {
        var units = await GetJsonAsync("/api/units");

        Assert.Equal("2022-03-20", units.GetProperty("today").GetString());
        var list = units.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(units.GetProperty("total").GetInt32(), list.Count);
        var banToChuc = list.Single(u => u.GetProperty("id").GetString() == BanToChucTinhUy);
        Assert.Equal("Ban Tổ chức Tỉnh ủy", banToChuc.GetProperty("name").GetString());
        Assert.True(banToChuc.GetProperty("taskCount").GetInt32() >= 8);
        Assert.Equal(1, banToChuc.GetProperty("overdueCount").GetInt32());
        Assert.Single(list, u => u.GetProperty("id").GetString()!.StartsWith("van-phong-tinh-uy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_unit_lists_its_tasks_by_deadline_with_the_overdue_one_marked()
    {
        var tasks = (await GetJsonAsync($"/api/units/{BanToChucTinhUy}/tasks")).GetProperty("tasks").EnumerateArray().ToList();

        var first = tasks[0];
        Assert.Equal("2022-02-28", first.GetProperty("due").GetString());
        Assert.Equal("overdue", first.GetProperty("status").GetString());
        Assert.Equal("hoàn thành trong tháng 02/2022", first.GetProperty("deadlineText").GetString());
        Assert.Equal("III.5", first.GetProperty("section").GetString());
        Assert.Contains("kl-21-tw-2021", first.GetProperty("directives").EnumerateArray().Select(d => d.GetString()));
        var dues = tasks.Select(t => t.GetProperty("due").GetString()).Where(d => d is not null).ToList();
        Assert.Equal(dues.Order(StringComparer.Ordinal), dues);
        Assert.Equal(1, tasks.Count(t => t.GetProperty("status").GetString() == "overdue"));
    }

    [Fact]
    public async Task Every_task_links_to_the_exact_words_it_came_from()
    {
        var tasks = (await GetJsonAsync("/api/tasks")).GetProperty("tasks").EnumerateArray().Take(10);

        foreach (var task in tasks)
        {
            var text = await server.Client.GetStringAsync($"/api/documents/{task.GetProperty("documentId").GetString()}/text");
            var start = task.GetProperty("start").GetInt32();
            Assert.Equal(task.GetProperty("text").GetString(), text[start..task.GetProperty("end").GetInt32()]);
        }
    }

    [Fact]
    public async Task Status_and_due_dates_filter_at_today()
    {
        var soon = (await GetJsonAsync("/api/tasks?status=due-soon")).GetProperty("tasks").EnumerateArray().ToList();
        Assert.NotEmpty(soon);
        Assert.All(soon, t => Assert.InRange(DateOnly.Parse(t.GetProperty("due").GetString()!), TasksServer.Today, TasksServer.Today.AddDays(30)));

        var window = (await GetJsonAsync("/api/tasks?due_after=2022-03-01&due_before=2022-03-31")).GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(["2022-03-28", "2022-03-31", "2022-03-31"], window.Select(t => t.GetProperty("due").GetString()));
    }

    [Fact]
    public async Task A_directive_reference_finds_the_tasks_serving_it()
    {
        var byReference = await GetJsonAsync("/api/tasks?directive=KL%2021");
        var byId = await GetJsonAsync("/api/tasks?directive=kl-21-tw-2021");

        Assert.True(byReference.GetProperty("total").GetInt32() > 20);
        Assert.Equal(byId.GetProperty("total").GetInt32(), byReference.GetProperty("total").GetInt32());
        Assert.All(byReference.GetProperty("tasks").EnumerateArray(), t => Assert.Contains("kl-21-tw-2021", t.GetProperty("directives").EnumerateArray().Select(d => d.GetString())));
    }

    [Fact]
    public async Task Csv_has_a_bom_and_no_cell_excel_would_evaluate()
    {
        using var response = await server.Client.GetAsync($"/api/tasks?format=csv&unit={BanToChucTinhUy}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("id,document_id,document,section,lead,supporting,deadline_text,due,status,output,directives,text\r\n", csv);
        Assert.Contains("Ban Tổ chức Tỉnh ủy", csv);
        Assert.DoesNotContain(",-", csv.Replace(",-,", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(",\"-", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ics_is_a_calendar_of_the_unit_deadlines()
    {
        using var response = await server.Client.GetAsync($"/api/units/{BanToChucTinhUy}/tasks?format=ics");

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics);
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        Assert.Contains("DTSTART;VALUE=DATE:20220228\r\n", ics);
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.DoesNotContain("\n", ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/tasks?due_before=31/12/2022", "due_before")]
    [InlineData("/api/tasks?due_after=2022-13-01", "due_after")]
    [InlineData("/api/tasks?status=late", "status")]
    [InlineData("/api/tasks?format=xlsx", "format")]
    public async Task Bad_parameters_are_400_naming_the_parameter(string path, string parameter)
    {
        using var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/units/khong-co-don-vi-nay/tasks", HttpStatusCode.NotFound)]
    [InlineData("/api/units/khong-co-don-vi-nay", HttpStatusCode.NotFound)]
    [InlineData("/api/tasks?unit=khong-co", HttpStatusCode.NotFound)]
    [InlineData("/api/tasks?directive=49-KH%2FTU", HttpStatusCode.Conflict)]
    [InlineData("/api/tasks?directive=KL%20999", HttpStatusCode.NotFound)]
    public async Task Unknown_units_and_directives_are_client_errors(string path, HttpStatusCode status)
    {
        using var response = await server.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
