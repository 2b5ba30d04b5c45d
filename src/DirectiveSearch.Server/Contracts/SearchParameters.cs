using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DirectiveSearch.Search.Querying;
using Microsoft.AspNetCore.Mvc;

namespace DirectiveSearch.Server.Contracts;

/// <summary>
/// The query string of GET /api/search. The annotations describe it in the OpenAPI document;
/// <see cref="Validate"/> enforces the limits, for the API and the command line alike.
/// Every attribute targets the property: on the constructor parameters of an [AsParameters] record,
/// Microsoft.AspNetCore.OpenApi 10 fails to read them and the document answers 500 (dotnet/aspnetcore#65348).
/// </summary>
public sealed record SearchParameters(
    [property: FromQuery(Name = "q"), Description("Free text, \"quoted phrases\" and directive references (\"KL 21\", \"21-KL/TW\"). Required unless a filter is given.")]
    [property: MaxLength(SearchRequest.MaxQueryLength)]
    string? Q = null,
    [property: FromQuery(Name = "query"), Description("Another name for q, used when q is absent or empty.")]
    [property: MaxLength(SearchRequest.MaxQueryLength)]
    string? Query = null,
    [property: FromQuery(Name = "limit"), Description("Documents per page.")]
    [property: Range(1, SearchRequest.MaxLimit)]
    int Limit = 10,
    [property: FromQuery(Name = "offset"), Description("Documents to skip, for paging.")]
    [property: Range(0, SearchRequest.MaxOffset)]
    int Offset = 0,
    [property: FromQuery(Name = "type"), Description("Document type code, as in the type facet (\"KH\").")]
    [property: MaxLength(SearchParameters.MaxFilterLength)]
    string? Type = null,
    [property: FromQuery(Name = "issuer"), Description("Issuing body, as in the issuer facet.")]
    [property: MaxLength(SearchParameters.MaxFilterLength)]
    string? Issuer = null,
    [property: FromQuery(Name = "year"), Description("Year of the document's date.")]
    [property: Range(SearchParameters.MinYear, SearchParameters.MaxYear)]
    int? Year = null,
    [property: FromQuery(Name = "cites"), Description("Only documents citing this directive, in any form (\"21-KL/TW\", \"KL 21\", \"Kết luận 21\").")]
    [property: MaxLength(SearchParameters.MaxFilterLength)]
    string? Cites = null,
    [property: FromQuery(Name = "sort"), Description("\"relevance\" (default) or \"date\" (newest first).")]
    [property: AllowedValues("relevance", "date")]
    string? Sort = null,
    [property: FromQuery(Name = "facetLimit"), Description("Values per facet, most frequent first.")]
    [property: Range(1, SearchRequest.MaxFacetLimit)]
    int FacetLimit = SearchRequest.DefaultFacetLimit,
    [property: FromQuery(Name = "group"), Description("\"document\" (default): documents as hits; \"section\": sections (Điều, khoản, mục) as hits, ranked by themselves.")]
    [property: AllowedValues("document", "section")]
    string? Group = null)
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    /// <summary>Far longer than any issuer name or directive reference.</summary>
    public const int MaxFilterLength = 300;

    /// <summary>The query text: q, or query when q is absent or empty.</summary>
    public string Text => string.IsNullOrEmpty(Q) ? Query ?? string.Empty : Q;

    public bool HasFilter =>
        !string.IsNullOrWhiteSpace(Type) || !string.IsNullOrWhiteSpace(Issuer) || Year is not null || !string.IsNullOrWhiteSpace(Cites);

    /// <summary>The first parameter that cannot be used, or null when the search can run.</summary>
    public InvalidParameter? Validate()
    {
        if (Text.Length > SearchRequest.MaxQueryLength)
            return new InvalidParameter(string.IsNullOrEmpty(Q) ? "query" : "q", $"must be at most {SearchRequest.MaxQueryLength} characters long, got {Text.Length}");
        if (string.IsNullOrWhiteSpace(Text) && !HasFilter)
            return new InvalidParameter("q", "is required unless a filter (type, issuer, year, cites) is given");
        if (Limit is < 1 or > SearchRequest.MaxLimit)
            return new InvalidParameter("limit", $"must be from 1 to {SearchRequest.MaxLimit}, got {Limit}");
        if (Offset is < 0 or > SearchRequest.MaxOffset)
            return new InvalidParameter("offset", $"must be from 0 to {SearchRequest.MaxOffset}, got {Offset}");
        if (FacetLimit is < 1 or > SearchRequest.MaxFacetLimit)
            return new InvalidParameter("facetLimit", $"must be from 1 to {SearchRequest.MaxFacetLimit}, got {FacetLimit}");
        if (Year is < MinYear or > MaxYear)
            return new InvalidParameter("year", $"must be from {MinYear} to {MaxYear}, got {Year}");
        if (ParseGroup(Group) is null)
            return new InvalidParameter("group", $"must be 'document' or 'section', got {InvalidParameter.Quote(Group)}");
        if (ParseSort(Sort) is null)
            return new InvalidParameter("sort", $"must be 'relevance' or 'date', got {InvalidParameter.Quote(Sort)}");
        foreach (var (name, value) in new[] { ("type", Type), ("issuer", Issuer), ("cites", Cites) })
        {
            if (value?.Length > MaxFilterLength)
                return new InvalidParameter(name, $"must be at most {MaxFilterLength} characters long, got {value.Length}");
        }

        return null;
    }

    /// <summary>The search to run; call after <see cref="Validate"/> returned null.</summary>
    public SearchRequest ToRequest() =>
        new(Text, Limit, Offset, Blank(Type), Blank(Issuer), Year, Blank(Cites), ParseSort(Sort) ?? SearchSort.Relevance, FacetLimit, ParseGroup(Group) ?? SearchGroup.Document);

    private static SearchGroup? ParseGroup(string? group) => group?.Trim().ToLowerInvariant() switch
    {
        null or "" or "document" => SearchGroup.Document,
        "section" => SearchGroup.Section,
        _ => null,
    };

    private static SearchSort? ParseSort(string? sort) => sort?.Trim().ToLowerInvariant() switch
    {
        null or "" or "relevance" => SearchSort.Relevance,
        "date" => SearchSort.Date,
        _ => null,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
