namespace DirectiveSearch.Core.Structure;

/// <summary>
/// What the header above the type line says: the number, the issuing body as printed, place and date,
/// and for a letter without a type line (công văn) its "V/v ..." subject.
/// </summary>
public sealed record HeaderInfo(string? Symbol, string? Issuer, string? Place, DateOnly? Date, string? Subject)
{
    /// <summary>The lines of the issuer's cell as printed, parent body first: "TỈNH ỦY NAM ĐỊNH", "BAN TUYÊN GIÁO".</summary>
    public IReadOnlyList<string> IssuerLines { get; init; } = [];

    public bool Equals(HeaderInfo? other) =>
        other is not null && Symbol == other.Symbol && Issuer == other.Issuer && Place == other.Place && Date == other.Date
        && Subject == other.Subject && IssuerLines.SequenceEqual(other.IssuerLines);

    public override int GetHashCode() => HashCode.Combine(Symbol, Issuer, Place, Date, Subject, IssuerLines.Count);

    public static HeaderInfo Empty { get; } = new(null, null, null, null, null);
}
