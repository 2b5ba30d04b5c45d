using System.Text;

namespace DirectiveSearch.Core.Text.Legacy;

/// <summary>
/// Converts text drawn in a legacy font (what Word stores in a .VnTime run, what a PDF reports for a
/// VNI-Times glyph) to the Unicode letters the reader saw. The result is NFC when the text holds whole
/// letters; a lone VNI mark (a PDF glyph of its own) comes out as a combining mark for the caller to compose.
/// </summary>
public static class LegacyFontText
{
    public static string Convert(string text, LegacyFont font)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (font.Encoding)
            {
                case LegacyEncoding.Tcvn3:
                    builder.Append(Tcvn3Table.Map(c));
                    break;
                case LegacyEncoding.Vni:
                    if (VniTable.Map(c) is { } drawn)
                        builder.Append(drawn);
                    else
                        builder.Append(c);
                    break;
                default:
                    throw new ArgumentException($"{font.Encoding} is a byte encoding, not a font encoding.", nameof(font));
            }
        }

        var converted = builder.ToString();
        if (font.Capitals)
            converted = converted.ToUpperInvariant();
        return converted.IsNormalized(NormalizationForm.FormC) ? converted : converted.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// <see cref="Convert"/>, unless <paramref name="text"/> is Unicode already: converters such as Unikey's change
    /// a document's letters and leave its .VnTime font name, and converting "Đảng" again would garble it.
    /// The text is Unicode when it holds a Vietnamese letter no legacy font stores (ă đ ơ ư ả ệ... all lie above
    /// U+00FF), or when it has more valid accented syllables as it stands than converted: "hoà và" in a .VnTime
    /// run is Unicode, since TCVN3 would read its à (E0) as Ổ.
    /// </summary>
    public static string ConvertUnlessUnicode(string text, LegacyFont font)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Changes(text, font) || HoldsUnicodeVietnamese(text))
            return text;
        var converted = Convert(text, font);
        return VietnameseTextScore.Of(text).ValidMarkedWords > VietnameseTextScore.Of(converted).ValidMarkedWords ? text : converted;
    }

    private static bool HoldsUnicodeVietnamese(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= 'Ă' and <= 'ă') or (>= 'Đ' and <= 'đ') or (>= 'Ĩ' and <= 'ĩ')
                or (>= 'Ũ' and <= 'ũ') or (>= 'Ơ' and <= 'ơ') or (>= 'Ư' and <= 'ư')
                or (>= 'Ạ' and <= 'ỹ'))
                return true;
        }

        return false;
    }

    /// <summary>Whether converting <paramref name="text"/> in <paramref name="font"/> changes anything.</summary>
    public static bool Changes(string text, LegacyFont font)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (font.Capitals && text.Any(c => char.ToUpperInvariant(c) != c))
            return true;
        return font.Encoding switch
        {
            LegacyEncoding.Tcvn3 => text.Any(Tcvn3Table.IsLetterPosition),
            LegacyEncoding.Vni => text.Any(c => VniTable.Map(c) is not null),
            _ => false,
        };
    }
}
