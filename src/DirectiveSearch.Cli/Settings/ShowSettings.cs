namespace DirectiveSearch.Cli.Settings;

/// <summary>dirsearch show: one record by id.</summary>
public static class ShowSettings
{
    public static readonly CommandDefinition Definition = new(
        "show",
        "Print one document record with its resolved citations as JSON, as GET /api/documents/{id} returns it.",
        [new ArgumentDefinition("ID", "the document id")],
        [CommonOptions.Index]);
}
