namespace DirectiveSearch.Cli.Settings;

/// <summary>dirsearch directive: what a reference means.</summary>
public static class DirectiveSettings
{
    public static readonly CommandDefinition Definition = new(
        "directive",
        "Resolve a reference: the directive with who cites it, or the candidates when several fit (exit code 5).",
        [CommonOptions.Reference],
        [CommonOptions.Index, CommonOptions.Json]);
}
