namespace DirectiveSearch.Search.Querying;

/// <summary>Documents matching a search, best first, with facet counts over all matches.</summary>
/// <param name="Total">Number of matching documents (not sections).</param>
public sealed record SearchResponse(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    double TookMs);
