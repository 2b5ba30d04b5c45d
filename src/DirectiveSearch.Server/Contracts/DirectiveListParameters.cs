using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DirectiveSearch.Core.Graph;
using Microsoft.AspNetCore.Mvc;

namespace DirectiveSearch.Server.Contracts;

/// <summary>The query string of GET /api/directives. Attributes target the properties, as in <see cref="SearchParameters"/>.</summary>
public sealed record DirectiveListParameters(
    [property: FromQuery(Name = "q"), Description("Free text matched without diacritics against symbol, subject, aliases and id (\"chinh don dang\", \"21-KL\"); directive references (\"KL 21\") match by type and number.")]
    [property: MaxLength(SearchParameters.MaxFilterLength)]
    string? Q = null,
    [property: FromQuery(Name = "type"), Description("Type code or noun (\"KL\", \"Kết luận\").")]
    [property: MaxLength(SearchParameters.MaxFilterLength)]
    string? Type = null,
    [property: FromQuery(Name = "issuer"), Description("Issuer code (\"TW\", \"ĐUK\", \"CP\"); \"TU\" and \"ThU\" differ.")]
    [property: MaxLength(SearchParameters.MaxFilterLength)]
    string? Issuer = null,
    [property: FromQuery(Name = "limit"), Description("Directives per page.")]
    [property: Range(1, DirectiveQuery.MaxLimit)]
    int Limit = 20,
    [property: FromQuery(Name = "offset"), Description("Directives to skip, for paging.")]
    [property: Range(0, int.MaxValue)]
    int Offset = 0,
    [property: FromQuery(Name = "status"), Description("Only directives in this state, as the archive's documents give it: in-force, amended, partly-repealed, replaced or repealed.")]
    [property: MaxLength(SearchParameters.MaxFilterLength)]
    string? Status = null)
{
    /// <summary>The status asked for in the spelling of <see cref="DirectiveStatus.All"/>; null for none or an unknown value.</summary>
    private string? KnownStatus => DirectiveStatus.All.FirstOrDefault(s => string.Equals(s, Status?.Trim(), StringComparison.OrdinalIgnoreCase));

    public InvalidParameter? Validate()
    {
        foreach (var (name, value) in new[] { ("q", Q), ("type", Type), ("issuer", Issuer) })
        {
            if (value?.Length > SearchParameters.MaxFilterLength)
                return new InvalidParameter(name, $"must be at most {SearchParameters.MaxFilterLength} characters long, got {value.Length}");
        }

        if (Limit is < 1 or > DirectiveQuery.MaxLimit)
            return new InvalidParameter("limit", $"must be from 1 to {DirectiveQuery.MaxLimit}, got {Limit}");
        if (Offset < 0)
            return new InvalidParameter("offset", $"must be 0 or more, got {Offset}");
        if (!string.IsNullOrWhiteSpace(Status) && KnownStatus is null)
            return new InvalidParameter("status", $"must be one of {string.Join("|", DirectiveStatus.All)}, got {InvalidParameter.Quote(Status)}");
        return null;
    }

    public DirectiveQuery ToQuery() => new(Q, Type, Issuer, Offset, Limit, KnownStatus);
}
