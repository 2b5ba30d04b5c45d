using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DirectiveSearch.Core.Graph;
using Microsoft.AspNetCore.Mvc;

namespace DirectiveSearch.Server.Contracts;

/// <summary>The query string of GET /api/graph, also what "dirsearch graph" checks. Attributes target the properties, as in <see cref="SearchParameters"/>.</summary>
public sealed record GraphParameters(
    [property: FromQuery(Name = "root"), Description("The node to start from: a directive id (\"kl-21-tw-2021\"), a document id, or any reference (\"KL 21\", \"21-KL/TW\"). Without it, the whole graph.")]
    [property: MaxLength(SearchParameters.MaxFilterLength)]
    string? Root = null,
    [property: FromQuery(Name = "depth"), Description("How many edges away from the root (0 is the root alone).")]
    [property: Range(0, GraphParameters.MaxDepth)]
    int Depth = 1,
    [property: FromQuery(Name = "direction"), Description("\"in\" (who cites the root), \"out\" (what it cites) or \"both\".")]
    [property: AllowedValues("in", "out", "both")]
    string? Direction = null,
    [property: FromQuery(Name = "format"), Description("\"json\" (default), \"dot\" (Graphviz) or \"graphml\" (Gephi, yEd, Cytoscape).")]
    [property: AllowedValues("json", "dot", "graphml")]
    string? Format = null)
{
    public const int MaxDepth = 10;

    public InvalidParameter? Validate()
    {
        if (Root?.Length > SearchParameters.MaxFilterLength)
            return new InvalidParameter("root", $"must be at most {SearchParameters.MaxFilterLength} characters long, got {Root.Length}");
        if (Root is not null && string.IsNullOrWhiteSpace(Root))
            return new InvalidParameter("root", "must name a node, or be left out for the whole graph");
        if (Depth is < 0 or > MaxDepth)
            return new InvalidParameter("depth", $"must be from 0 to {MaxDepth}, got {Depth}");
        if (ParseDirection(Direction) is null)
            return new InvalidParameter("direction", $"must be 'in', 'out' or 'both', got {InvalidParameter.Quote(Direction)}");
        if (ParseFormat(Format) is null)
            return new InvalidParameter("format", $"must be 'json', 'dot' or 'graphml', got {InvalidParameter.Quote(Format)}");
        return null;
    }

    public GraphDirection GraphDirection => ParseDirection(Direction) ?? GraphDirection.Both;

    /// <summary>"json", "dot" or "graphml".</summary>
    public string GraphFormat => ParseFormat(Format) ?? "json";

    private static GraphDirection? ParseDirection(string? direction) => direction?.Trim().ToLowerInvariant() switch
    {
        null or "" or "both" => GraphDirection.Both,
        "in" => GraphDirection.In,
        "out" => GraphDirection.Out,
        _ => null,
    };

    private static string? ParseFormat(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "json" => "json",
        "dot" => "dot",
        "graphml" => "graphml",
        _ => null,
    };
}
