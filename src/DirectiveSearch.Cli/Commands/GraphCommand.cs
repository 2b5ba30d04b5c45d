using DirectiveSearch.Core.Graph;
using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Cli.Settings;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// dirsearch graph [REF] [--depth N] [--direction in|out|both] [--format json|dot|graphml] [--index DIR]: the
/// citation graph around REF (all of it without REF), as GET /api/graph returns it.
/// </summary>
public static class GraphCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CommandArguments.Parse(args, GraphSettings.Definition);
        var parameters = new GraphParameters(
            Root: parsed.Positional.Count == 0 ? null : string.Join(' ', parsed.Positional),
            Depth: parsed.Int("depth"),
            Direction: parsed.Option("direction"),
            Format: parsed.Option("format"));
        if (parameters.Validate() is { } invalid)
            throw new UsageException(invalid.Name == "root" ? $"REF {invalid.Reason}" : $"--{invalid.Name} {invalid.Reason}");
        using var index = IndexArgument.Open(parsed, error);
        if (index is null)
            return ExitCodes.NotFound;

        // The whole graph is built from every record; a neighbourhood reads only its nodes' documents.
        var graph = parameters.Root is null
            ? index.Graph
            : index.Knowledge.ForNeighbourhood(parameters.Root, parameters.Depth, parameters.GraphDirection);
        Subgraph subgraph;
        if (parameters.Root is null)
        {
            subgraph = graph.All();
        }
        else
        {
            if (DirectiveNode.Resolve(graph, parameters.Root, error, out var exitCode) is not { } id)
                return exitCode;
            subgraph = graph.Neighbourhood(id, parameters.Depth, parameters.GraphDirection)!;
        }

        output.Write(parameters.GraphFormat switch
        {
            "dot" => GraphExport.ToDot(subgraph),
            "graphml" => GraphExport.ToGraphMl(subgraph),
            _ => ApiJson.Serialize(subgraph) + Environment.NewLine,
        });
        return ExitCodes.Success;
    }
}
