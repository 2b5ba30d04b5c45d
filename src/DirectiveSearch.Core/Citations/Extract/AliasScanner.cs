using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Citations.Extract;

/// <summary>
/// Finds short-name definitions: "(sau đây gọi là ...)", "(sau đây gọi tắt là ...)", "(gọi tắt là ...)",
/// "(sau đây viết tắt là ...)". Only names made of a type noun, optionally with a number or symbol, are kept:
/// "(sau đây gọi là Quỹ)" names no directive.
/// </summary>
internal static partial class AliasScanner
{
    public static IReadOnlyList<AliasDefinition> FindDefinitions(string text)
    {
        var found = new List<AliasDefinition>();
        foreach (Match match in Definition().Matches(text))
        {
            var name = match.Groups["alias"].Value.Trim();
            if (ParseName(name) is { } parsed)
                found.Add(new AliasDefinition(new TextSpan(match.Index, match.Index + match.Length), name, parsed.Noun, parsed.NounType, parsed.Number, parsed.Symbol));
        }

        return found;
    }

    /// <summary>
    /// A short name's parts: "Kết luận" → (Kết luận, kl, no number); "Nghị quyết số 21-NQ/TW" → (Nghị quyết,
    /// nq, 21, 21-NQ/TW); null when the name is no type noun or what follows the noun is no number or symbol.
    /// </summary>
    public static (string Noun, string NounType, string? Number, CitationSymbol? Symbol)? ParseName(string name)
    {
        var parsed = TypeNounPatterns.AliasName().Match(name.Trim());
        if (!parsed.Success || DirectiveTypes.FromNoun(parsed.Groups["noun"].Value) is not { } nounType)
            return null;
        if (!parsed.Groups["rest"].Success)
            return (parsed.Groups["noun"].Value, nounType, null, null);
        var rest = parsed.Groups["rest"].Value.Trim();
        var symbol = SymbolScanner.ParseExact(rest);
        var number = symbol?.Number ?? (rest.Length <= 4 && rest.All(char.IsAsciiDigit) ? rest : null);
        return number is null ? null : (parsed.Groups["noun"].Value, nounType, number, symbol);
    }

    [GeneratedRegex(@"\(\s*(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi\s+tắt\s+là|gọi\s+là|viết\s+tắt\s+là)\s*:?\s*[“""]?(?<alias>[^()\n“”""]{1,80}?)[”""]?\s*\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Definition();
}
