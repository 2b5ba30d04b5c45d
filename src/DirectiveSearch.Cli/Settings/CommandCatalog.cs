namespace DirectiveSearch.Cli.Settings;

/// <summary>Every command of dirsearch, in the order help and the README list them.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        IngestSettings.Definition,
        ShowSettings.Definition,
        CompareSettings.Definition,
        SearchSettings.Definition,
        DirectiveSettings.Definition,
        DirectivesSettings.Definition,
        ImplementationsSettings.Definition,
        DependantsSettings.Definition,
        GraphSettings.Definition,
        QuotesSettings.Definition,
        TasksSettings.Definition,
        ServeSettings.Definition,
    ];

    public static CommandDefinition? Find(string name) => All.FirstOrDefault(c => c.Name == name);
}
