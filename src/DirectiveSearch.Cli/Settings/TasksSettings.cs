namespace DirectiveSearch.Cli.Settings;

/// <summary>dirsearch tasks: who must do what, by when.</summary>
public static class TasksSettings
{
    public static readonly CommandDefinition Definition = new(
        "tasks",
        "Who must do what, by when: the tasks of every plan, by deadline, with lead and supporting units.",
        [],
        [
            OptionDefinition.Value("unit", "U", "only this unit's tasks: a unit id or a name (diacritics optional)"),
            OptionDefinition.Value("directive", "REF", "only the tasks of plans implementing this directive"),
            OptionDefinition.Value("due-before", "DATE", "only tasks due on or before this date (yyyy-MM-dd)"),
            OptionDefinition.Value("due-after", "DATE", "only tasks due on or after this date (yyyy-MM-dd)"),
            OptionDefinition.Switch("overdue", "only overdue tasks"),
            OptionDefinition.Value("today", "DATE", "the date statuses are reckoned at (default today; yyyy-MM-dd)"),
            OptionDefinition.Value("format", "text|json|csv|ics", "the output format (default text); ics is a calendar of the deadlines"),
            OptionDefinition.Switch("json", "the same as --format json"),
            CommonOptions.Index,
        ]);
}
