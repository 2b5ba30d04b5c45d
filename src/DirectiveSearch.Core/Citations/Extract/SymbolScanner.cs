using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Citations.Extract;

/// <summary>
/// Finds symbols in text. Party: NUMBER-TYPE/ISSUER with spaces around the hyphen or slash as typed
/// ("21-KL/TW", "01- KL/TW", "183-QĐ/ThU", "05-CTr/TU"). State: "249/2025/NĐ-CP", "12/2024/TT-BNV",
/// "63/2025/QH15" (a law: no type code), "71/NQ-CP" (no year). A state code whose first part is no type
/// code ("123/UBND-VX") is all issuer; a Party-shaped number whose code is no type code ("Mẫu số
/// 01-ĐĐN/SHTT", a form in a regulation) is no symbol. Codes keep their case: "ThU" (thị ủy) is not "TU" (tỉnh ủy).
/// </summary>
internal static partial class SymbolScanner
{
    /// <summary>Every symbol in the text with its span, in text order.</summary>
    public static IEnumerable<(CitationSymbol Symbol, TextSpan Span)> Scan(string text)
    {
        var party = PartySymbol().Match(text);
        var state = StateSymbol().Match(text);
        while (party.Success || state.Success)
        {
            if (state.Success && (!party.Success || state.Index < party.Index))
            {
                if (FromState(state) is { } symbol)
                    yield return (symbol, new TextSpan(state.Index, state.Index + state.Length));
                state = state.NextMatch();
            }
            else
            {
                // "Mẫu số 01-ĐĐN/SHTT" in a regulation is a form, not a directive: Party codes are type codes.
                if (DirectiveTypes.IsTypeCode(party.Groups["type"].Value))
                    yield return (FromParty(party), new TextSpan(party.Index, party.Index + party.Length));
                party = party.NextMatch();
            }
        }
    }

    /// <summary>The symbol if <paramref name="text"/> is exactly one ("21-NQ/TW", "21- NQ/TW"), else null.</summary>
    public static CitationSymbol? ParseExact(string text)
    {
        var trimmed = text.Trim();
        var party = PartySymbol().Match(trimmed);
        if (party.Success && party.Index == 0 && party.Length == trimmed.Length && DirectiveTypes.IsTypeCode(party.Groups["type"].Value))
            return FromParty(party);
        var state = StateSymbol().Match(trimmed);
        return state.Success && state.Index == 0 && state.Length == trimmed.Length ? FromState(state) : null;
    }

    // Type codes typed without the stroke ("QD-UBND", "ND-CP", keyboards and OCR that lose "Đ"): the code
    // is written as the format rules spell it, so that the symbol reads and groups as the document's own.
    private static readonly Dictionary<string, string> StrokeLost = new(StringComparer.Ordinal)
    {
        ["QD"] = "QĐ", ["QDi"] = "QĐi", ["ND"] = "NĐ", ["QDLT"] = "QĐLT",
    };

    private static string TypeCodeAsWritten(string code) => StrokeLost.GetValueOrDefault(code, code);

    private static CitationSymbol FromParty(Match match)
    {
        var number = match.Groups["number"].Value;
        var type = TypeCodeAsWritten(match.Groups["type"].Value);
        var issuer = match.Groups["issuer"].Value;
        return new CitationSymbol($"{number}-{type}/{issuer}", type, number, issuer, null, IsState: false);
    }

    private static CitationSymbol? FromState(Match match)
    {
        var number = match.Groups["number"].Value;
        var yearText = match.Groups["year"].Value;
        var code = match.Groups["code"].Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\t", string.Empty, StringComparison.Ordinal);
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        string? type = null;
        var issuer = code;
        if (dash > 0 && DirectiveTypes.IsTypeCode(code[..dash]))
        {
            type = TypeCodeAsWritten(code[..dash]);
            code = type + code[dash..];
            issuer = code[(dash + 1)..];
        }
        else if (dash < 0 && yearText.Length == 0)
        {
            // "5/TW", "3/BC" alone are too little to be a state number; a year or a unit must be there.
            return null;
        }

        int? year = yearText.Length > 0 ? int.Parse(yearText, System.Globalization.CultureInfo.InvariantCulture) : null;
        var canonical = yearText.Length > 0 ? $"{number}/{yearText}/{code}" : $"{number}/{code}";
        return new CitationSymbol(canonical, type, number, issuer, year, IsState: true);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}/\-–])(?<number>\d{1,4})[ \t]?[-–][ \t]?(?<type>[A-ZĐ][A-ZĐa-zđ]{0,4})[ \t]?/[ \t]?(?<issuer>[A-ZĐ][A-ZĐa-zđ]{0,9}\d{0,2})(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex PartySymbol();

    // A number may carry a dot ("Nghị quyết số 66.13/2026/NQ-CP"): without it the scanner would read "13/2026/NQ-CP".
    // The code's dashes may have a space on either side ("Quyết định số 596/QĐ- BVHTTDL", "02/2020/TT -BTP").
    // A unit's code may join two units with "&" ("9086/BNV-CTTN&BĐG"): cut there, the number would lose its unit.
    [GeneratedRegex(@"(?<![\p{L}\p{N}/\-–.])(?<number>\d{1,5}(?:\.\d{1,3})?)[ \t]?/[ \t]?(?:(?<year>(?:19|20)\d{2})[ \t]?/[ \t]?)?(?<code>[A-ZĐ][A-ZĐa-z]{0,7}\d{0,2}(?:[ \t]?-[ \t]?[A-ZĐ](?:[A-ZĐa-z0-9]|&(?=[A-ZĐ])){0,11}){0,3})(?![\p{L}\p{N}&])",
        RegexOptions.CultureInvariant)]
    private static partial Regex StateSymbol();
}
