namespace DirectiveSearch.Search.Querying;

/// <summary>A matching document with its best matching sections.</summary>
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
    IReadOnlyList<SectionHit> Sections);
