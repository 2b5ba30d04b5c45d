using DirectiveSearch.Core.Graph;

namespace DirectiveSearch.Cli.Settings;

/// <summary>dirsearch directives: the knowledge base.</summary>
public static class DirectivesSettings
{
    public static readonly CommandDefinition Definition = new(
        "directives",
        "Search the directive knowledge base, most cited first.",
        [new ArgumentDefinition("[Q]", "words of the symbol, title or issuer (all directives without Q)")],
        [
            OptionDefinition.Value("type", "T", "only directives of this type (kl, nq, kh, ...)"),
            OptionDefinition.Value("issuer", "I", "only directives of this issuer"),
            OptionDefinition.Value("status", "STATUS", $"only directives in this state: {string.Join("|", DirectiveStatus.All)}"),
            OptionDefinition.Whole("limit", "directives per page", 20, 1, DirectiveQuery.MaxLimit),
            OptionDefinition.Whole("offset", "directives skipped", 0, 0, int.MaxValue),
            CommonOptions.Index,
            CommonOptions.Json,
        ]);
}
