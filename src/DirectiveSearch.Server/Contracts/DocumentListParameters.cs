using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace DirectiveSearch.Server.Contracts;

/// <summary>The query string of GET /api/documents: a page of the documents in id order. Attributes target the properties, as in <see cref="SearchParameters"/>.</summary>
public sealed record DocumentListParameters(
    [property: FromQuery(Name = "limit"), Description("Documents per page.")]
    [property: Range(1, DocumentListParameters.MaxLimit)]
    int Limit = DocumentListParameters.DefaultLimit,
    [property: FromQuery(Name = "offset"), Description("Documents to skip, for paging.")]
    [property: Range(0, int.MaxValue)]
    int Offset = 0)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public InvalidParameter? Validate()
    {
        if (Limit is < 1 or > MaxLimit)
            return new InvalidParameter("limit", $"must be from 1 to {MaxLimit}, got {Limit}");
        if (Offset < 0)
            return new InvalidParameter("offset", $"must be 0 or more, got {Offset}");
        return null;
    }
}
