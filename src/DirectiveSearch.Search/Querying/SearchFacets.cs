namespace DirectiveSearch.Search.Querying;

/// <summary>Counts of matching documents per value, most frequent first (years newest first).</summary>
public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> Type,
    IReadOnlyDictionary<string, int> Issuer,
    IReadOnlyDictionary<string, int> Year,
    IReadOnlyDictionary<string, int> Cites)
{
    /// <summary>How many values each facet ("type", "issuer", "year", "cites") has in all, beyond the facet limit.</summary>
    public IReadOnlyDictionary<string, int> Sizes { get; init; } = new Dictionary<string, int>();
}
