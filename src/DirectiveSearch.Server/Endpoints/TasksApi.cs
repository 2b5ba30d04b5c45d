using System.ComponentModel;
using System.Text;
using DirectiveSearch.Core.Assignments;
using DirectiveSearch.Core.Text;
using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Server.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DirectiveSearch.Server.Endpoints;

/// <summary>
/// GET /api/units and /api/tasks: who must do what, by when, from the "Tổ chức thực hiện" of every plan, with
/// "quá hạn" (overdue) and "sắp đến hạn" (due within 30 days) at today's date by the server's clock.
/// </summary>
public static class TasksApi
{
    private const string UnitIdDescription = "A unit id from GET /api/units (\"van-phong-tinh-uy\").";

    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("api/units").WithTags("Tasks");
        units.MapGet(string.Empty, ListUnits)
            .WithName("ListUnits")
            .WithSummary("Units given tasks")
            .WithDescription("Every unit the plans assign tasks to, resolved to one id per body, with its task, lead, plan and overdue counts; q filters by name, diacritics optional.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        units.MapGet("{id}", GetUnit)
            .WithName("GetUnit")
            .WithSummary("Get a unit")
            .ProducesProblem(StatusCodes.Status404NotFound);
        units.MapGet("{id}/tasks", GetUnitTasks)
            .WithName("GetUnitTasks")
            .WithSummary("A unit's tasks")
            .WithDescription("Every task assigned to the unit across the archive, by deadline, with source plan, section, directive and status; format=csv or ics for a file.")
            .Produces<TaskList>(StatusCodes.Status200OK)
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "text/calendar")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("api/tasks", ListTasks)
            .WithTags("Tasks")
            .WithName("ListTasks")
            .WithSummary("Search tasks")
            .WithDescription("Tasks filtered by unit, directive, due dates and status (overdue, due-soon within 30 days, open, ongoing, no-deadline) at today's date; format=csv (UTF-8 with BOM) or ics (iCalendar of the due dates).")
            .Produces<TaskList>(StatusCodes.Status200OK)
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "text/calendar")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static Results<Ok<UnitList>, ProblemHttpResult> ListUnits(
        [FromQuery(Name = "q"), Description("Part of the unit's name, diacritics optional.")] string? q,
        IndexLease index,
        ServerOptions options)
    {
        if (q is { Length: > SearchParameters.MaxFilterLength })
            return TypedResults.Problem(ApiProblems.InvalidParameter(new InvalidParameter("q", $"must be at most {SearchParameters.MaxFilterLength} characters long, got {q.Length}")));
        var today = Today(options);
        var all = index.Current.Tasks.Units(today);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var folded = DiacriticFolder.Fold(q.Normalize(NormalizationForm.FormC)).Trim();
            all = [.. all.Where(u => DiacriticFolder.Fold(u.Name).Contains(folded, StringComparison.Ordinal) || u.Id.Contains(folded.Replace(' ', '-'), StringComparison.Ordinal))];
        }

        return TypedResults.Ok(new UnitList(today, all.Count, all));
    }

    public static Results<Ok<UnitSummary>, ProblemHttpResult> GetUnit([Description(UnitIdDescription)] string id, IndexLease index, ServerOptions options) =>
        index.Current.Tasks.Unit(id, Today(options)) is { } unit ? TypedResults.Ok(unit) : TypedResults.Problem(UnitNotFound(id));

    public static IResult GetUnitTasks([Description(UnitIdDescription)] string id, [AsParameters] TaskParameters parameters, IndexLease index, ServerOptions options)
    {
        if (parameters.Validate() is { } invalid)
            return TypedResults.Problem(ApiProblems.InvalidParameter(invalid));
        var book = index.Current.Tasks;
        var today = Today(options);
        if (book.Unit(id, today) is not { } unit)
            return TypedResults.Problem(UnitNotFound(id));
        return Answer(book.Find(parameters.ToQuery(today, id, null)), parameters.FormatName!, today, options, unit.Name, $"nhiem-vu-{id}");
    }

    public static IResult ListTasks([AsParameters] TaskParameters parameters, IndexLease index, ServerOptions options)
    {
        if (parameters.Validate() is { } invalid)
            return TypedResults.Problem(ApiProblems.InvalidParameter(invalid));
        var current = index.Current;
        var today = Today(options);
        string? unitName = null;
        if (!string.IsNullOrWhiteSpace(parameters.Unit))
        {
            if (current.Tasks.Unit(parameters.Unit.Trim(), today) is not { } unit)
                return TypedResults.Problem(UnitNotFound(parameters.Unit));
            unitName = unit.Name;
        }

        string? directive = null;
        if (!string.IsNullOrWhiteSpace(parameters.Directive))
        {
            var node = DirectivesApi.Node(current.Graph, parameters.Directive.Trim());
            if (node.Problem is { } problem)
                return TypedResults.Problem(problem);
            directive = node.Id;
        }

        var tasks = current.Tasks.Find(parameters.ToQuery(today, parameters.Unit?.Trim() is { Length: > 0 } u ? u : null, directive));
        return Answer(tasks, parameters.FormatName!, today, options, unitName ?? "Nhiệm vụ được giao", "nhiem-vu");
    }

    private static IResult Answer(IReadOnlyList<TaskEntry> tasks, string format, DateOnly today, ServerOptions options, string calendarName, string fileName)
    {
        switch (format)
        {
            case "csv":
                using (var bytes = new MemoryStream())
                {
                    TaskCsv.Write(tasks, bytes);
                    return TypedResults.File(bytes.ToArray(), "text/csv; charset=utf-8", fileName + ".csv");
                }

            case "ics":
                var ics = TaskCalendar.ToIcs(tasks, options.Clock.GetUtcNow(), calendarName);
                return TypedResults.File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", fileName + ".ics");
            default:
                return TypedResults.Ok(new TaskList(today, tasks.Count, tasks));
        }
    }

    private static DateOnly Today(ServerOptions options) => DateOnly.FromDateTime(options.Clock.GetLocalNow().DateTime);

    private static ProblemDetails UnitNotFound(string id) => new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        Title = "Unit not found",
        Status = StatusCodes.Status404NotFound,
        Detail = $"No unit has the id '{id}'.",
        Extensions = { ["id"] = id },
    };
}
