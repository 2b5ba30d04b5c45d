using System.ComponentModel;
using System.Globalization;
using DirectiveSearch.Core.Assignments;
using Microsoft.AspNetCore.Mvc;

namespace DirectiveSearch.Server.Contracts;

/// <summary>The query of GET /api/tasks and /api/units/{id}/tasks, checked before use.</summary>
public sealed class TaskParameters
{
    [FromQuery(Name = "unit"), Description("A unit id from GET /api/units (\"ban-tuyen-giao-tinh-uy\"): its tasks as lead or supporting unit.")]
    public string? Unit { get; init; }

    [FromQuery(Name = "directive"), Description("A directive reference (\"KL 21\", \"21-KL/TW\", \"kl-21-tw-2021\"): tasks serving it.")]
    public string? Directive { get; init; }

    [FromQuery(Name = "due_before"), Description("Tasks due on or before this day, yyyy-MM-dd.")]
    public string? DueBefore { get; init; }

    [FromQuery(Name = "due_after"), Description("Tasks due on or after this day, yyyy-MM-dd.")]
    public string? DueAfter { get; init; }

    [FromQuery(Name = "status"), Description("overdue (quá hạn), due-soon (sắp đến hạn, within 30 days), open, ongoing or no-deadline, at today's date.")]
    public string? Status { get; init; }

    [FromQuery(Name = "format"), Description("json (default), csv (UTF-8 with BOM, for Excel) or ics (iCalendar, the tasks with a due date).")]
    public string? Format { get; init; }

    public InvalidParameter? Validate()
    {
        if (Unit is { Length: > SearchParameters.MaxFilterLength })
            return new InvalidParameter("unit", $"must be at most {SearchParameters.MaxFilterLength} characters long, got {Unit.Length}");
        if (Directive is { Length: > SearchParameters.MaxFilterLength })
            return new InvalidParameter("directive", $"must be at most {SearchParameters.MaxFilterLength} characters long, got {Directive.Length}");
        if (DueBefore is not null && ParseDate(DueBefore) is null)
            return new InvalidParameter("due_before", $"must be a date written yyyy-MM-dd, got {InvalidParameter.Quote(DueBefore)}");
        if (DueAfter is not null && ParseDate(DueAfter) is null)
            return new InvalidParameter("due_after", $"must be a date written yyyy-MM-dd, got {InvalidParameter.Quote(DueAfter)}");
        if (Status is not null && !TaskStatuses.All.Contains(Status.Trim().ToLowerInvariant()))
            return new InvalidParameter("status", $"must be one of {string.Join(", ", TaskStatuses.All)}, got {InvalidParameter.Quote(Status)}");
        if (FormatName is null)
            return new InvalidParameter("format", $"must be 'json', 'csv' or 'ics', got {InvalidParameter.Quote(Format)}");
        return null;
    }

    /// <summary>"json", "csv" or "ics"; null for anything else.</summary>
    public string? FormatName => Format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "json" => "json",
        "csv" => "csv",
        "ics" => "ics",
        _ => null,
    };

    public TaskQuery ToQuery(DateOnly today, string? unit, string? directive) => new(today)
    {
        Unit = unit,
        Directive = directive,
        DueBefore = DueBefore is null ? null : ParseDate(DueBefore),
        DueAfter = DueAfter is null ? null : ParseDate(DueAfter),
        Status = Status?.Trim().ToLowerInvariant(),
    };

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
