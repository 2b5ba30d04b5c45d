namespace DirectiveSearch.Search.Querying;

/// <summary>Counts of matching documents per value, most frequent first.</summary>
public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> Type,
    IReadOnlyDictionary<string, int> Issuer,
    IReadOnlyDictionary<string, int> Year,
    IReadOnlyDictionary<string, int> Cites);
