using DirectiveSearch.Core.Graph;

namespace DirectiveSearch.Core.Assignments;

/// <summary>
/// Every task of the archive and the units they name, extracted once per knowledge base (once per index
/// generation), then answered from memory: requests only filter, sort and compute the status at their date.
/// </summary>
public sealed class TaskBook
{
    private readonly Dictionary<string, List<TaskEntry>> byUnit;
    private readonly Dictionary<string, (string Name, SortedSet<string> Written)> units;

    public TaskBook(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        // Documents are independent: both cores extract.
        var extracted = knowledge.Documents
            .AsParallel()
            .AsOrdered()
            .Select(d => (Record: d, Tasks: TryExtract(d, knowledge)))
            .ToList();
        FailedDocuments = [.. extracted.Where(e => e.Tasks is null).Select(e => e.Record.Id)];

        Tasks = [.. extracted.SelectMany(e => (e.Tasks ?? []).Select(t => Entry(e.Record, t)))];
        byUnit = new Dictionary<string, List<TaskEntry>>(StringComparer.Ordinal);
        units = new Dictionary<string, (string, SortedSet<string>)>(StringComparer.Ordinal);
        foreach (var task in Tasks)
        {
            foreach (var unit in task.Lead.Concat(task.Supporting))
            {
                if (!byUnit.TryGetValue(unit.Id, out var list))
                {
                    byUnit[unit.Id] = list = [];
                    units[unit.Id] = (unit.Name, new SortedSet<string>(StringComparer.Ordinal));
                }

                if (list.Count == 0 || list[^1].Id != task.Id)
                    list.Add(task);
                units[unit.Id].Written.Add(unit.Written);
            }
        }
    }

    /// <summary>Documents whose tasks could not be read: their tasks are missing, every other document's are here.</summary>
    public IReadOnlyList<string> FailedDocuments { get; }

    /// <summary>Every task, by document id and then text order; their <see cref="TaskEntry.Status"/> is set by <see cref="Find"/>, at the date asked for.</summary>
    public IReadOnlyList<TaskEntry> Tasks { get; }

    /// <summary>Every unit with its counts at <paramref name="today"/>, the most tasks first, then by name.</summary>
    public IReadOnlyList<UnitSummary> Units(DateOnly today) =>
        [.. units.Keys.Select(id => Summary(id, today)!).OrderByDescending(u => u.TaskCount).ThenBy(u => u.Name, StringComparer.Ordinal)];

    public UnitSummary? Unit(string id, DateOnly today) => units.ContainsKey(id) ? Summary(id, today) : null;

    /// <summary>The tasks matching <paramref name="query"/> with their status at its date, by due date (undated last), then plan and text order.</summary>
    public IReadOnlyList<TaskEntry> Find(TaskQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        IEnumerable<TaskEntry> tasks = query.Unit is { } unit ? byUnit.GetValueOrDefault(unit) ?? [] : Tasks;
        if (query.Directive is { } directive)
            tasks = tasks.Where(t => t.Directives.Contains(directive, StringComparer.Ordinal));
        if (query.DueBefore is { } before)
            tasks = tasks.Where(t => t.Due is { } due && due <= before);
        if (query.DueAfter is { } after)
            tasks = tasks.Where(t => t.Due is { } due && due >= after);
        var dated = tasks.Select(t => t with { Status = StatusOf(t, query.Today) });
        if (query.Status is { } status)
            dated = dated.Where(t => t.Status == status);
        return [.. dated
            .OrderBy(t => t.Due is null)
            .ThenBy(t => t.Due)
            .ThenBy(t => t.DocumentId, StringComparer.Ordinal)
            .ThenBy(t => t.Start)];
    }

    private UnitSummary? Summary(string id, DateOnly today)
    {
        var tasks = byUnit[id];
        var (name, written) = units[id];
        return new UnitSummary(
            id,
            name,
            tasks.Count,
            tasks.Count(t => t.Lead.Any(u => u.Id == id)),
            tasks.Select(t => t.DocumentId).Distinct(StringComparer.Ordinal).Count(),
            tasks.Count(t => StatusOf(t, today) == TaskStatuses.Overdue),
            [.. written]);
    }

    // One document the extractor cannot read must not take every other plan's tasks with it.
    private static IReadOnlyList<Assignment>? TryExtract(Documents.DocumentRecord record, KnowledgeBase knowledge)
    {
        try
        {
            return AssignmentExtractor.Extract(record, knowledge.CitationsOf(record.Id));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string StatusOf(TaskEntry task, DateOnly today) =>
        TaskStatuses.Of(task.DeadlineKind is { } kind ? new Deadline(task.DeadlineText ?? string.Empty, kind, task.Due, task.Recurrence, 0, 0) : null, today);

    private static TaskEntry Entry(Documents.DocumentRecord record, Assignment task) => new(
        task.Id,
        task.DocumentId,
        record.Title,
        record.Symbol,
        record.Date,
        CitationText.Of(record, task.SectionPath),
        task.SectionPath,
        task.Text,
        task.Start,
        task.End,
        task.Lead,
        task.Supporting,
        task.UnitUncertain,
        task.Output,
        task.Deadline?.Text,
        task.Deadline?.Kind,
        task.Deadline?.Due,
        task.Deadline?.Recurrence,
        TaskStatuses.NoDeadline,
        task.Directives);
}
