using DirectiveSearch.Server.Contracts;

namespace DirectiveSearch.Cli.Settings;

/// <summary>dirsearch dependants: what is based on, amends, replaces, repeals, details, cites or implements a directive.</summary>
public static class DependantsSettings
{
    public static readonly CommandDefinition Definition = new(
        "dependants",
        "The documents depending on a directive: based on it, amending, replacing, repealing, detailing, citing or implementing it.",
        [CommonOptions.Reference],
        [
            OptionDefinition.Value("relation", "RELATION", $"only this relation: {RelationFilter.Accepted} (default all; repeals includes repeals-in-part)"),
            CommonOptions.Index,
            CommonOptions.Json,
        ]);
}
