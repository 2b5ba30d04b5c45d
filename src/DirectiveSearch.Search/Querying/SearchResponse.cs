namespace DirectiveSearch.Search.Querying;

/// <summary>Documents matching a search, best first, with facet counts over all matches.</summary>
/// <param name="Total">Number of matching documents (not sections), or of matching sections when grouped by section.</param>
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

    /// <summary>"document" or "section": what <see cref="Hits"/> and <see cref="Total"/> count.</summary>
    public string Group { get; init; } = "document";

    /// <summary>
    /// True when no passage held the accented syllables as typed and the hits match them without diacritics
    /// (<see cref="ApproximateNotice"/>).
    /// </summary>
    public bool Approximate { get; init; }

    /// <summary>What the page says when <see cref="Approximate"/> is true; null otherwise.</summary>
    public string? Notice { get; init; }

    /// <summary>True when the query was read as a question (BM25 over its syllables) rather than as required keywords.</summary>
    public bool Question { get; init; }

    /// <summary>On no result: the nearest spelling made of the index's own syllables that has results ("chuyển đổi số").</summary>
    public string? Suggestion { get; init; }

    public const string ApproximateNotice = "Không có kết quả đúng dấu; đang hiện kết quả không dấu";
}
