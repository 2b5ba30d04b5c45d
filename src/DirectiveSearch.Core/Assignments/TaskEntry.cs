namespace DirectiveSearch.Core.Assignments;

/// <summary>
/// A task as the API, the CLI and the page list it: the assignment with its plan, a citation to paste and its
/// status at the date asked for. The shape of GET /api/tasks.
/// </summary>
/// <param name="Citation">The plan and section, ready to paste ("Kế hoạch số 62-KH/ĐUK ..., mục III.5").</param>
/// <param name="Status">One of <see cref="TaskStatuses"/>, at the date of the request.</param>
public sealed record TaskEntry(
    string Id,
    string DocumentId,
    string DocumentTitle,
    string? DocumentSymbol,
    DateOnly? DocumentDate,
    string Citation,
    string? Section,
    string Text,
    int Start,
    int End,
    IReadOnlyList<AssignedUnit> Lead,
    IReadOnlyList<AssignedUnit> Supporting,
    bool UnitUncertain,
    string? Output,
    string? DeadlineText,
    string? DeadlineKind,
    DateOnly? Due,
    string? Recurrence,
    string Status,
    IReadOnlyList<string> Directives);
