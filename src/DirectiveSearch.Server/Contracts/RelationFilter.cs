using DirectiveSearch.Core.Graph;

namespace DirectiveSearch.Server.Contracts;

/// <summary>The relation= of GET /api/directives/{id}/dependants and --relation of "dirsearch dependants".</summary>
public static class RelationFilter
{
    /// <summary>The accepted values, as help and errors list them.</summary>
    public static string Accepted { get; } = string.Join("|", GraphRelation.All);

    /// <summary>
    /// Null relation for no value (every relation); the relation for one of <see cref="GraphRelation.All"/>, in any
    /// case; otherwise the parameter named <paramref name="parameter"/> is invalid.
    /// </summary>
    public static (string? Relation, InvalidParameter? Invalid) Parse(string? value, string parameter = "relation")
    {
        if (string.IsNullOrWhiteSpace(value))
            return (null, null);
        var relation = GraphRelation.All.FirstOrDefault(r => string.Equals(r, value.Trim(), StringComparison.OrdinalIgnoreCase));
        return relation is null
            ? (null, new InvalidParameter(parameter, $"must be one of {Accepted}, got {InvalidParameter.Quote(value)}"))
            : (relation, null);
    }
}
