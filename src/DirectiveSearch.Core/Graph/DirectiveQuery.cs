namespace DirectiveSearch.Core.Graph;

/// <summary>A search of the knowledge base's directives.</summary>
/// <param name="Q">Free text, matched without diacritics against symbol, subject, aliases and id ("ket luan 21", "21-KL", "chinh don dang"); directive references in it ("KL 21") also match by type and number.</param>
/// <param name="Type">A type code or noun ("KL", "kl", "Kết luận"); null for any.</param>
/// <param name="Issuer">An issuer code ("TW", "ĐUK", "duk"); "TU" and "ThU" differ. Null for any.</param>
/// <param name="Offset">How many matches to skip.</param>
/// <param name="Limit">How many matches to return (1 to <see cref="MaxLimit"/>).</param>
/// <param name="Status">One of <see cref="DirectiveStatus.All"/>; null for any.</param>
public sealed record DirectiveQuery(string? Q = null, string? Type = null, string? Issuer = null, int Offset = 0, int Limit = 20, string? Status = null)
{
    public const int MaxLimit = 500;
}
