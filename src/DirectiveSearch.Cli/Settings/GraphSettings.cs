using DirectiveSearch.Server.Contracts;

namespace DirectiveSearch.Cli.Settings;

/// <summary>dirsearch graph: the citation graph around a directive.</summary>
public static class GraphSettings
{
    public static readonly CommandDefinition Definition = new(
        "graph",
        "The citation graph around REF (the whole graph without REF): JSON, DOT for Graphviz or GraphML for Gephi.",
        [new ArgumentDefinition("[REF]", "the directive at the centre (\"KL 21\", \"21-KL/TW\")")],
        [
            OptionDefinition.Whole("depth", "citation steps from REF", 1, 0, GraphParameters.MaxDepth),
            OptionDefinition.Value("direction", "in|out|both", "documents citing REF, cited by it, or both (default both)"),
            OptionDefinition.Value("format", "json|dot|graphml", "the output format (default json)"),
            CommonOptions.Index,
        ]);
}
