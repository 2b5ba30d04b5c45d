namespace DirectiveSearch.Core.Graph;

/// <summary>A node at the other end of one or more edges: who cites a directive, or what a document cites.</summary>
/// <param name="Id">The node id.</param>
/// <param name="Label">The node label.</param>
/// <param name="Relations">The relations of the edges between the two, sorted strongest first (implements, basis, cites).</param>
/// <param name="Count">How many distinct corpus documents attest those edges.</param>
/// <param name="Kind">The other node's kind (<see cref="GraphNodeKind"/>).</param>
/// <param name="DocumentId">The corpus document the other node is, if any.</param>
public sealed record GraphLink(string Id, string Label, IReadOnlyList<string> Relations, int Count, string Kind, string? DocumentId);
