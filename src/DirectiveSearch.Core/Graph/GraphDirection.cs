namespace DirectiveSearch.Core.Graph;

/// <summary>Which edges a neighbourhood follows from its root.</summary>
public enum GraphDirection
{
    /// <summary>Edges pointing at the node: who implements, cites or builds on it.</summary>
    In,

    /// <summary>Edges leaving the node: what it implements, cites or builds on.</summary>
    Out,

    /// <summary>Both.</summary>
    Both,
}
