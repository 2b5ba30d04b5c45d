namespace DirectiveSearch.Core.Structure;

/// <summary>
/// What the header above the type line says: the number, the issuing body as printed, place and date,
/// and for a letter without a type line (công văn) its "V/v ..." subject.
/// </summary>
public sealed record HeaderInfo(string? Symbol, string? Issuer, string? Place, DateOnly? Date, string? Subject)
{
    public static HeaderInfo Empty { get; } = new(null, null, null, null, null);
}
