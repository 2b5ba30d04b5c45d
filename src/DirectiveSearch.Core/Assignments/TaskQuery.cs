namespace DirectiveSearch.Core.Assignments;

/// <summary>Which tasks to list: by unit id (lead or supporting), directive id, due dates, status at <see cref="Today"/>.</summary>
public sealed record TaskQuery(DateOnly Today)
{
    public string? Unit { get; init; }

    public string? Directive { get; init; }

    /// <summary>Tasks due on or before this day (tasks with no due date are left out).</summary>
    public DateOnly? DueBefore { get; init; }

    /// <summary>Tasks due on or after this day (tasks with no due date are left out).</summary>
    public DateOnly? DueAfter { get; init; }

    /// <summary>One of <see cref="TaskStatuses"/>.</summary>
    public string? Status { get; init; }
}
