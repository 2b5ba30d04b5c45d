using System.Globalization;
using DirectiveSearch.Core.Assignments;
using DirectiveSearch.Core.Text;
using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Cli.Settings;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// dirsearch tasks [--unit U] [--directive REF] [--due-before DATE] [--due-after DATE] [--overdue] [--today DATE]
/// [--format text|json|csv|ics] [--index DIR]: who must do what, by when, from every plan's "Tổ chức thực hiện";
/// json as GET /api/tasks returns it, csv as its format=csv (with BOM), ics an iCalendar of the due dates.
/// </summary>
public static class TasksCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CommandArguments.Parse(args, TasksSettings.Definition);
        if (parsed.Positional.Count > 0)
            throw new UsageException($"tasks takes no positional argument, got '{parsed.Positional[0]}'");
        var format = parsed.Flag("json") ? "json" : parsed.Option("format")?.Trim().ToLowerInvariant() ?? "text";
        if (format is not ("text" or "json" or "csv" or "ics"))
            throw new UsageException($"--format must be 'text', 'json', 'csv' or 'ics', got '{parsed.Option("format")}'");
        var today = Date(parsed, "today") ?? DateOnly.FromDateTime(DateTime.Now);
        var dueBefore = Date(parsed, "due-before");
        var dueAfter = Date(parsed, "due-after");

        using var index = IndexArgument.Open(parsed, error);
        if (index is null)
            return ExitCodes.NotFound;
        var book = index.Tasks;

        string? unitId = null;
        var calendarName = "Nhiệm vụ được giao";
        if (parsed.Option("unit") is { } unit)
        {
            var found = FindUnit(book, unit, today, error, out var exitCode);
            if (found is null)
                return exitCode;
            unitId = found.Id;
            calendarName = found.Name;
        }

        string? directive = null;
        if (parsed.Option("directive") is { } reference)
        {
            directive = DirectiveNode.Resolve(index.Graph, reference, error, out var exitCode);
            if (directive is null)
                return exitCode;
        }

        var tasks = book.Find(new TaskQuery(today)
        {
            Unit = unitId,
            Directive = directive,
            DueBefore = dueBefore,
            DueAfter = dueAfter,
            Status = parsed.Flag("overdue") ? TaskStatuses.Overdue : null,
        });
        switch (format)
        {
            case "json":
                output.WriteLine(ApiJson.Serialize(new TaskList(today, tasks.Count, tasks)));
                break;
            case "csv":
                output.Write(TaskCsv.ToCsv(tasks));
                break;
            case "ics":
                output.Write(TaskCalendar.ToIcs(tasks, DateTimeOffset.UtcNow, calendarName));
                break;
            default:
                WriteText(tasks, today, output);
                break;
        }

        return ExitCodes.Success;
    }

    private static void WriteText(IReadOnlyList<TaskEntry> tasks, DateOnly today, TextWriter output)
    {
        output.WriteLine(TerminalText.Plain($"Nhiệm vụ: {tasks.Count} (tình trạng tính đến ngày {today:dd/MM/yyyy})"));
        foreach (var task in tasks)
        {
            output.WriteLine();
            var due = task.Due is { } d ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : task.DeadlineText ?? "không nêu hạn";
            output.WriteLine(TerminalText.Plain($"[{TaskStatuses.Label(task.Status)}] {due} · {(task.Lead.Count > 0 ? string.Join(", ", task.Lead.Select(u => u.Name)) : "chưa rõ đơn vị")}"));
            if (task.Supporting.Count > 0)
                output.WriteLine(TerminalText.Plain($"  phối hợp: {string.Join(", ", task.Supporting.Select(u => u.Name))}"));
            output.WriteLine(TerminalText.Plain($"  {Flatten(task.Text)}"));
            output.WriteLine(TerminalText.Plain($"  — {task.Citation}"));
        }
    }

    private static UnitSummary? FindUnit(TaskBook book, string unit, DateOnly today, TextWriter error, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        if (book.Unit(unit.Trim(), today) is { } exact)
            return exact;
        // A name as typed, diacritics optional: "van phong tinh uy".
        var folded = DiacriticFolder.Fold(unit.Normalize(System.Text.NormalizationForm.FormC)).Trim();
        var matches = book.Units(today).Where(u => DiacriticFolder.Fold(u.Name) == folded).ToList();
        if (matches.Count == 0)
            matches = [.. book.Units(today).Where(u => DiacriticFolder.Fold(u.Name).Contains(folded, StringComparison.Ordinal))];
        if (matches.Count == 1)
            return matches[0];
        if (matches.Count == 0)
        {
            error.WriteLine(TerminalText.Plain($"dirsearch: không có đơn vị nào ứng với '{unit}' (xem GET /api/units)"));
            exitCode = ExitCodes.NotFound;
            return null;
        }

        error.WriteLine(TerminalText.Plain($"dirsearch: '{unit}' ứng với {matches.Count} đơn vị; chọn một id:"));
        foreach (var match in matches.Take(20))
            error.WriteLine(TerminalText.Plain($"  {match.Id}  {match.Name}"));
        exitCode = ExitCodes.Ambiguous;
        return null;
    }

    private static DateOnly? Date(CommandArguments parsed, string option)
    {
        if (parsed.Option(option) is not { } text)
            return null;
        return TaskParameters.ParseDate(text) ?? throw new UsageException($"--{option} must be a date written yyyy-MM-dd, got '{text}'");
    }

    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
