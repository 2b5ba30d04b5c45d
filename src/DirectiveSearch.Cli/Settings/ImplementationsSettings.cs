namespace DirectiveSearch.Cli.Settings;

/// <summary>dirsearch implementations: the plans implementing a directive.</summary>
public static class ImplementationsSettings
{
    public static readonly CommandDefinition Definition = new(
        "implementations",
        "The plans implementing a directive, directly or through chains of plans.",
        [CommonOptions.Reference],
        [
            OptionDefinition.Switch("transitive", "add the plans implementing it through other plans, with the chain"),
            CommonOptions.Index,
            CommonOptions.Json,
        ]);
}
