using System.Text.Json.Serialization;

namespace DirectiveSearch.Search.Querying;

/// <summary>A matching document with its best matching sections, or (grouped by section) one matching section with its document's facts.</summary>
/// <remarks>The section's own fields are left out of a document hit's JSON: a document hit has the shape it always had.</remarks>
/// <param name="Type">Type code ("KH"); <paramref name="TypeName"/> is its Vietnamese name.</param>
/// <param name="Date">ISO date, or null when the document has none.</param>
public sealed record SearchHit(
    string Id,
    string Title,
    string? Symbol,
    string Type,
    string TypeName,
    string? Issuer,
    string? Date,
    float Score,
    IReadOnlyList<SectionHit> Sections)
{
    /// <summary>When grouped by section: the section this hit is ("Điều 32", "" for the opening).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Path { get; init; }

    /// <summary>When grouped by section: the section's heading.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Heading { get; init; }

    /// <summary>
    /// When the query names a directive: what this document is to it ("implements", "basis", "cites", "mentions" when
    /// named only through another plan, "self" for the directive's own document; also amends, replaces, repeals,
    /// details); null when it is none of these or the query names no directive.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Relation { get; init; }

    /// <summary>When grouped by section: the section's snippet (also its one entry in <see cref="Sections"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Snippet { get; init; }
}
