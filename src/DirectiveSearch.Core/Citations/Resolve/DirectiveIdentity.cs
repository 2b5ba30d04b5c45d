using System.Text;
using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Citations.Resolve;

/// <summary>
/// The identity of a directive: the slug "{type}-{number}-{issuer}-{year}" in ASCII lower case:
/// "kl-21-tw-2021", "qd-37-tw-2021", "ct-05-tw-2016", "nd-249-cp-2025", "qd-183-thu" (year unknown). A
/// symbol alone is not an identity: numbers restart each term, so "49-KH/TU" of 27/01/2022 (seed 000) and of
/// 11/10/2021 (seed 002) are "kh-49-tu-2022" and "kh-49-tu-2021". The number has at least two digits ("1" →
/// "01"); the issuer is folded ("ĐUK" → "duk", "ThU" → "thu": thị ủy and tỉnh ủy "TU" stay apart).
/// </summary>
public static class DirectiveIdentity
{
    public static string Slug(string type, string number, string? issuer, int? year)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(number);
        var builder = new StringBuilder(type).Append('-').Append(NormalizeNumber(number));
        if (!string.IsNullOrEmpty(issuer))
            builder.Append('-').Append(FoldCode(issuer));
        if (year is { } y)
            builder.Append('-').Append(y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    /// <summary>"1" → "01", "001" → "01", "249" → "249"; a number that is no digits ("dhxiii") is kept.</summary>
    public static string NormalizeNumber(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (number.Length == 0 || !number.All(char.IsAsciiDigit))
            return FoldCode(number);
        var digits = number.TrimStart('0');
        return (digits.Length == 0 ? "0" : digits).PadLeft(2, '0');
    }

    /// <summary>An issuer code in identity form: folded, lower case, ASCII letters, digits and hyphens ("UBND-VX" → "ubnd-vx").</summary>
    public static string FoldCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var folded = DiacriticFolder.Fold(code);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
                builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The identity of a document from its own symbol, type and date; null without a symbol.</summary>
    public static string? OfDocument(string? symbol, string typeName, string typeCode, DateOnly? date)
    {
        if (symbol is null || Extract.SymbolScanner.ParseExact(symbol) is not { } parsed)
            return null;
        var type = DirectiveTypes.FromNoun(typeName) ?? DirectiveTypes.FromCode(typeCode) ?? (parsed.TypeCode is { } code ? DirectiveTypes.FromCode(code) : null) ?? DirectiveTypes.Unknown;
        return Slug(type, parsed.Number, parsed.IssuerCode, date?.Year ?? parsed.Year);
    }

    /// <summary>The type part of a slug ("kl-21-tw-2021" → "kl").</summary>
    public static string TypeOf(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var dash = slug.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? slug : slug[..dash];
    }
}
