using DirectiveSearch.Core.Graph;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Cli.Commands;

/// <summary>The graph node a command's REF names, or the message and exit code when it names none or several.</summary>
internal static class DirectiveNode
{
    /// <summary>
    /// Opens the index the arguments name, resolves <paramref name="reference"/> in the graph <paramref name="graphOf"/>
    /// reads of it and hands the node to <paramref name="withNode"/>; the exit code for a missing index, an unknown or an
    /// ambiguous reference otherwise.
    /// </summary>
    public static int Run(CommandArguments parsed, string reference, TextWriter error, Func<DocumentIndex, CitationGraph> graphOf, Func<CitationGraph, string, int> withNode)
    {
        using var index = IndexArgument.Open(parsed, error);
        if (index is null)
            return ExitCodes.NotFound;
        var graph = graphOf(index);
        return Resolve(graph, reference, error, out var exitCode) is { } id ? withNode(graph, id) : exitCode;
    }

    /// <returns>The node id, or null after telling the user why not (<paramref name="exitCode"/> says how to exit).</returns>
    public static string? Resolve(CitationGraph graph, string reference, TextWriter error, out int exitCode)
    {
        var outcome = graph.ResolveNode(reference);
        if (outcome.Id is { } id)
        {
            exitCode = ExitCodes.Success;
            return id;
        }

        if (outcome.Candidates.Count > 0)
        {
            DirectiveText.PrintCandidates(reference, outcome.Candidates, graph.Knowledge, error);
            exitCode = ExitCodes.Ambiguous;
        }
        else
        {
            DirectiveText.PrintNotFound(reference, graph.Knowledge, error);
            exitCode = ExitCodes.NotFound;
        }

        return null;
    }
}
