namespace DirectiveSearch.Core.Graph;

/// <summary>Part of the citation graph: nodes sorted by id, edges by source, target and relation.</summary>
public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static Subgraph Empty { get; } = new([], []);
}
