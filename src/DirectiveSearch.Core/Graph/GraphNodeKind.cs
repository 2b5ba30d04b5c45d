namespace DirectiveSearch.Core.Graph;

/// <summary>The kinds of <see cref="GraphNode"/>, as strings so that JSON, DOT and GraphML carry them as they are.</summary>
public static class GraphNodeKind
{
    /// <summary>A corpus document without a symbol, so without a directive identity (seeds 001, 002, 004).</summary>
    public const string Document = "document";

    /// <summary>A directive identity: cited only, or a corpus document with a symbol.</summary>
    public const string Directive = "directive";
}
