namespace DirectiveSearch.Search.Querying;

/// <summary>A search as users ask it, from the command line or the API.</summary>
/// <param name="Query">Free text, "quoted phrases" and directive references ("KL 21", "21-KL/TW").</param>
/// <param name="Type">Document type code filter ("KH").</param>
/// <param name="Issuer">Issuing body filter, as the facet shows it.</param>
/// <param name="Year">Year of the document's date.</param>
/// <param name="Cites">Only documents citing this directive (any form a user types).</param>
/// <param name="FacetLimit">Values per facet, most frequent first: a broad query over a large corpus cites thousands of directives.</param>
/// <param name="Group">Documents (default) or sections as hits.</param>
public sealed record SearchRequest(
    string Query,
    int Limit = 10,
    int Offset = 0,
    string? Type = null,
    string? Issuer = null,
    int? Year = null,
    string? Cites = null,
    SearchSort Sort = SearchSort.Relevance,
    int FacetLimit = SearchRequest.DefaultFacetLimit,
    SearchGroup Group = SearchGroup.Document)
{
    public const int DefaultFacetLimit = 20;
    public const int MaxFacetLimit = 1000;
    public const int MaxLimit = 100;
    public const int MaxOffset = 10_000;
    public const int MaxQueryLength = 10_000;
}
