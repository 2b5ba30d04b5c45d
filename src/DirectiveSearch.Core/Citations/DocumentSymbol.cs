using System.Text.RegularExpressions;
using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Citations;

/// <summary>
/// A document symbol as printed on a document: Party "21-KL/TW", "183-QĐ/ThU", state
/// "249/2025/NĐ-CP", "71/NQ-CP". <see cref="Text"/> is the canonical spelling (no inner spaces);
/// <see cref="Key"/> is "{type}-{number}" folded ("kl-21"), what a user's "KL 21" means.
/// </summary>
public sealed partial record DocumentSymbol(string Text, string TypeCode, string Number, string IssuerCode)
{
    public string Key => MakeKey(TypeCode, Number);

    /// <summary>"kl-21": folded type code and the number with at least two digits ("01", "21", "249").</summary>
    public static string MakeKey(string typeCode, string number)
    {
        var digits = number.TrimStart('0');
        digits = digits.Length == 0 ? "0" : digits;
        return $"{DiacriticFolder.Fold(typeCode)}-{digits.PadLeft(2, '0')}";
    }

    /// <summary>Every symbol in the text, in order, with its span.</summary>
    public static IEnumerable<(DocumentSymbol Symbol, int Start, int End)> FindAll(string text)
    {
        foreach (Match match in PartySymbol().Matches(text))
        {
            var number = match.Groups["number"].Value;
            var type = match.Groups["type"].Value;
            var issuer = match.Groups["issuer"].Value;
            yield return (new DocumentSymbol($"{number}-{type}/{issuer}", type, number, issuer), match.Index, match.Index + match.Length);
        }

        foreach (Match match in StateSymbol().Matches(text))
        {
            var number = match.Groups["number"].Value;
            var year = match.Groups["year"].Value;
            var type = match.Groups["type"].Value;
            var issuer = match.Groups["issuer"].Value;
            // "5/TW" alone is too little to be a state number; a year or a type code must be there.
            if (year.Length == 0 && type.Length == 0)
                continue;
            var canonical = (year.Length > 0, type.Length > 0) switch
            {
                (true, true) => $"{number}/{year}/{type}-{issuer}",
                (true, false) => $"{number}/{year}/{issuer}",
                _ => $"{number}/{type}-{issuer}",
            };
            yield return (new DocumentSymbol(canonical, type.Length > 0 ? type : issuer, number, issuer), match.Index, match.Index + match.Length);
        }
    }

    /// <summary>The symbol if <paramref name="text"/> is exactly one, else null.</summary>
    public static DocumentSymbol? Parse(string text)
    {
        var trimmed = text.Trim();
        foreach (var (symbol, start, end) in FindAll(trimmed))
        {
            if (start == 0 && end == trimmed.Length)
                return symbol;
        }

        return null;
    }

    // Party: NUMBER-TYPE/ISSUER; spaces around the hyphen and slash occur ("01- KL/TW").
    // Type and issuer codes mix case ("CTr", "ThU"), so they are matched as written.
    [GeneratedRegex(@"(?<![\p{L}\p{N}/-])(?<number>\d{1,4})\s?-\s?(?<type>[A-ZĐ][A-ZĐa-zđi]{0,3})\s?/\s?(?<issuer>[A-ZĐ][A-ZĐa-zđ]{0,7}\d{0,2})(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex PartySymbol();

    // State: NUMBER/YEAR/TYPE-ISSUER ("249/2025/NĐ-CP"), NUMBER/YEAR/ISSUER for laws ("63/2025/QH15"),
    // and NUMBER/TYPE-ISSUER for administrative documents without the year ("71/NQ-CP").
    [GeneratedRegex(@"(?<![\p{L}\p{N}/-])(?<number>\d{1,5})/(?:(?<year>(?:19|20)\d{2})/)?(?:(?<type>[A-ZĐ]{1,6})-)?(?<issuer>[A-ZĐ][A-ZĐa-z0-9]{0,9}(?:-[A-ZĐ][A-ZĐ0-9]{0,9})?)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex StateSymbol();
}
