using DirectiveSearch.Core.Citations;

namespace DirectiveSearch.Core.Graph;

/// <summary>The relations an edge can carry, as strings so that JSON, DOT and GraphML carry them as they are.</summary>
public static class GraphRelation
{
    /// <summary>"Thực hiện ...", "Triển khai ...", a plan's title, or a nested "về thực hiện ..." in a cited directive's subject.</summary>
    public const string Implements = "implements";

    /// <summary>"Căn cứ ...".</summary>
    public const string Basis = "basis";

    /// <summary>Any other mention.</summary>
    public const string Cites = "cites";

    /// <summary>Used by <see cref="Implementation"/> for a node that reaches the directive through others.</summary>
    public const string ImplementsIndirectly = "implements-indirectly";

    /// <summary>The relation of a citation; null for <see cref="CitationRelation.Self"/>, which makes no edge.</summary>
    public static string? Of(CitationRelation relation) => relation switch
    {
        CitationRelation.Implements => Implements,
        CitationRelation.Basis => Basis,
        CitationRelation.Cites => Cites,
        _ => null,
    };

    /// <summary>Implements before basis before cites: which relation a sentence that says several is reported with.</summary>
    internal static int Strength(string relation) => relation switch
    {
        Implements => 0,
        Basis => 1,
        _ => 2,
    };
}
