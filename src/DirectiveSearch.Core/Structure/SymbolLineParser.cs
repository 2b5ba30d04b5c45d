using System.Text.RegularExpressions;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Reads the number line of a header: "Số 28-KH/ĐUK", "Số: 249/2025/NĐ-CP", "Luật số: 13/2017/QH14".
/// Only a paragraph that starts with "Số" is a number line, so symbols cited in the body
/// ("Kế hoạch số 49-KH/TU ...") are never taken for the document's own.
/// </summary>
public static class SymbolLineParser
{
    // "Luật số:" / "Pháp lệnh số" / "Số:" / "Số" at the start of the paragraph.
    private static readonly Regex NumberLine = new(
        @"^(?:(?:Luật|Bộ luật|Pháp lệnh|Lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư)\s+)?(?:Số|số|SỐ)\s*:?\s*(?<rest>.*)$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // The symbol itself: a number, then code parts joined by '-' or '/'. Spaces around the joiners
    // occur ("01- KL/TW", "8376 /VBHN-BTP") and so does a space before a legislature number
    // ("62/2006/QH 11"); anything else (a place and date printed on the same line when a table row was
    // read as one paragraph: "Số 28-KH/ĐUK Kỳ Lợi, ngày ...") ends it.
    private static readonly Regex SymbolText = new(
        @"^(?<symbol>\d{1,5}[a-zđ]?(?:\s*[-/–]\s*[\p{L}\d][\p{L}\d.&]*)+(?:\s\d{1,2}(?=\s|$))?)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Party "28-KH/ĐUK": the code sits between the hyphen and the slash.
    private static readonly Regex PartyCode = new(
        @"^\d+[a-zđ]?-(?<code>\p{L}+)/", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // State "249/2025/NĐ-CP" or "71/NQ-CP": the code is the part before the issuer's hyphen.
    private static readonly Regex StateCode = new(
        @"^\d+[a-zđ]?/(?:\d{4}/)?(?<code>\p{L}+)-", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The canonical symbol of a number line ("28-KH/ĐUK", no inner spaces) and the text after it on
    /// the same paragraph. False for any other paragraph and for blank form lines ("Số: ..../QĐ-UBND").
    /// </summary>
    public static bool TryParse(string paragraph, out string symbol, out string remainder)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        symbol = string.Empty;
        remainder = string.Empty;
        var line = NumberLine.Match(paragraph);
        if (!line.Success)
            return false;

        var rest = line.Groups["rest"].Value;
        var match = SymbolText.Match(rest);
        if (!match.Success)
            return false;

        var canonical = Whitespace.Replace(match.Groups["symbol"].Value, string.Empty).Replace('–', '-');
        // A bare "12/2022" is a date or a count, not a symbol: a symbol names a type or an issuer.
        if (!canonical.Any(char.IsLetter))
            return false;

        symbol = canonical;
        remainder = rest[match.Length..].Trim();
        return true;
    }

    /// <summary>The document type the symbol's code names, if it names one ("28-KH/ĐUK" → Kế hoạch).</summary>
    public static DocumentType? TypeOf(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var party = PartyCode.Match(symbol);
        if (party.Success)
            return DocumentTypeCatalog.FromCode(party.Groups["code"].Value, stateSymbol: false);
        var state = StateCode.Match(symbol);
        return state.Success ? DocumentTypeCatalog.FromCode(state.Groups["code"].Value, stateSymbol: true) : null;
    }
}
