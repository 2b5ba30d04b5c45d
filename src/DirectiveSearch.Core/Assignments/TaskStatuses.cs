namespace DirectiveSearch.Core.Assignments;

/// <summary>Where a task stands at a date: "quá hạn" past its deadline, "sắp đến hạn" within <see cref="DueSoonDays"/> days.</summary>
public static class TaskStatuses
{
    public const string Overdue = "overdue";
    public const string DueSoon = "due-soon";
    public const string Open = "open";
    public const string Ongoing = "ongoing";
    public const string NoDeadline = "no-deadline";

    public const int DueSoonDays = 30;

    public static IReadOnlyList<string> All { get; } = [Overdue, DueSoon, Open, Ongoing, NoDeadline];

    public static string Of(Deadline? deadline, DateOnly today)
    {
        if (deadline is null)
            return NoDeadline;
        if (deadline.Due is { } due)
            return due < today ? Overdue : due <= today.AddDays(DueSoonDays) ? DueSoon : Open;
        return deadline.Kind is DeadlineKinds.Ongoing or DeadlineKinds.Recurring ? Ongoing : Open;
    }

    /// <summary>The status as the page and the text output name it.</summary>
    public static string Label(string status) => status switch
    {
        Overdue => "quá hạn",
        DueSoon => "sắp đến hạn",
        Open => "còn hạn",
        Ongoing => "thường xuyên",
        _ => "không nêu hạn",
    };
}
