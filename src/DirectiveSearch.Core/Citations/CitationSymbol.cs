namespace DirectiveSearch.Core.Citations;

/// <summary>
/// A symbol as a citation writes it, canonicalized: Party "NUMBER-TYPE/ISSUER" ("01- KL/TW" → "01-KL/TW"),
/// state "NUMBER/YEAR/TYPE-ISSUER" ("249/2025/NĐ-CP"), "NUMBER/YEAR/ISSUER" for laws ("63/2025/QH15") and
/// "NUMBER/TYPE-ISSUER" for administrative documents ("71/NQ-CP"). Codes keep their case: "ThU" is a thị ủy,
/// "TU" a tỉnh ủy.
/// </summary>
/// <param name="Text">The canonical spelling, without inner spaces.</param>
/// <param name="TypeCode">The type code as written ("KL", "QĐ", "CTr", "NĐ"); null for a law's "63/2025/QH15".</param>
/// <param name="Number">The number as written ("01", "249").</param>
/// <param name="IssuerCode">The issuer as written ("TW", "ĐUK", "CP", "QH15", "UBND-VX").</param>
/// <param name="Year">The year a state number carries ("249/2025/NĐ-CP" → 2025); Party symbols carry none.</param>
/// <param name="IsState">True for state numbers (slash first), false for Party symbols (hyphen first).</param>
public sealed record CitationSymbol(string Text, string? TypeCode, string Number, string IssuerCode, int? Year, bool IsState);
