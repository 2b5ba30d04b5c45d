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

    /// <summary>"Sửa đổi, bổ sung ...": the source amends the target.</summary>
    public const string Amends = "amends";

    /// <summary>"... thay thế ...": the source takes the target's place.</summary>
    public const string Replaces = "replaces";

    /// <summary>"Bãi bỏ ...", "... hết hiệu lực": the source ends the target's force, in whole or (<see cref="RepealsInPart"/>) in part.</summary>
    public const string Repeals = "repeals";

    /// <summary>"Bãi bỏ Điều 5 của ...": the source ends the force of a part of the target.</summary>
    public const string RepealsInPart = "repeals-in-part";

    /// <summary>"Quy định chi tiết ...", "Hướng dẫn thi hành ...": the source details the target.</summary>
    public const string Details = "details";

    /// <summary>Every relation a citation can give an edge, strongest first; what <c>--relation</c> and <c>relation=</c> accept.</summary>
    public static IReadOnlyList<string> All { get; } = [Implements, Details, Amends, Replaces, Repeals, RepealsInPart, Basis, Cites];

    /// <summary>Used by <see cref="Implementation"/> for a node that reaches the directive through others.</summary>
    public const string ImplementsIndirectly = "implements-indirectly";

    /// <summary>The relation of a citation; null for <see cref="CitationRelation.Self"/>, which makes no edge.</summary>
    public static string? Of(CitationRelation relation) => relation switch
    {
        CitationRelation.Implements => Implements,
        CitationRelation.Basis => Basis,
        CitationRelation.Cites => Cites,
        CitationRelation.Amends => Amends,
        CitationRelation.Replaces => Replaces,
        CitationRelation.Repeals => Repeals,
        CitationRelation.RepealsInPart => RepealsInPart,
        CitationRelation.Details => Details,
        _ => null,
    };

    /// <summary>Implements before details, the acts on force, basis, then cites: which relation a sentence that says several is reported with.</summary>
    internal static int Strength(string relation) => relation switch
    {
        Implements => 0,
        Details => 1,
        Replaces => 2,
        Repeals => 3,
        Amends => 4,
        RepealsInPart => 5,
        Basis => 6,
        _ => 7,
    };
}
