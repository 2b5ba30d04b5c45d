namespace DirectiveSearch.Search.Querying;

/// <summary>Documents matching a search, best first, with facet counts over all matches.</summary>
/// <param name="Total">Number of matching documents (not sections).</param>
/// <param name="Directives">The directive references of the query and the cites filter, resolved: what a result page shows a card for.</param>
/// <param name="CitesLabels">How to show each directive id of the cites facet ("21-KL/TW năm 2021").</param>
public sealed record SearchResponse(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    double TookMs,
    IReadOnlyList<ReferencedDirective> Directives,
    IReadOnlyDictionary<string, string> CitesLabels)
{
    /// <summary>True when the answer came from the recent-search cache of this index generation.</summary>
    public bool Cached { get; init; }
}
