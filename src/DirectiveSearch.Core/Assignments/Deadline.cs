namespace DirectiveSearch.Core.Assignments;

/// <summary>
/// When a task is due, as the plan writes it and as far as it can be read: "trước ngày 28/02/2023" is a date,
/// "(Quý I/2022)" a quarter due on its last day, "(thực hiện hằng năm)" recurs, "(thực hiện thường xuyên)" is
/// ongoing, "(khi Trung ương triển khai thực hiện)" waits on an event, and "(năm thứ 3, nhiệm kỳ ...)" is kept
/// as written and marked unclear rather than guessed.
/// </summary>
/// <param name="Text">The words as written, without the parentheses.</param>
/// <param name="Kind">One of <see cref="DeadlineKinds"/>.</param>
/// <param name="Due">The last day the task may be done on; null when the wording names none.</param>
/// <param name="Recurrence">For <see cref="DeadlineKinds.Recurring"/>: annual, semiannual, quarterly, monthly or periodic.</param>
/// <param name="Start">Where the words are in the document text.</param>
public sealed record Deadline(string Text, string Kind, DateOnly? Due, string? Recurrence, int Start, int End);

/// <summary>The values of <see cref="Deadline.Kind"/>.</summary>
public static class DeadlineKinds
{
    public const string Date = "date";
    public const string Month = "month";
    public const string Quarter = "quarter";
    public const string Half = "half";
    public const string Year = "year";
    public const string Start = "start";
    public const string Recurring = "recurring";
    public const string Ongoing = "ongoing";
    public const string Conditional = "conditional";
    public const string Unclear = "unclear";
}
