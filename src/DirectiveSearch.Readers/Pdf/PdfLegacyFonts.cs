using DirectiveSearch.Core.Text.Legacy;
using UglyToad.PdfPig.Content;

namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// The text of each letter of one document, with letters drawn in a legacy font converted by the font's base
/// name: a PDF printed from a .VnTime document reports "§" for the glyph that shows "Đ", in the font
/// "ABCDEF+.VnTime". Letter by letter, since one line can mix a TCVN3 header font with a Unicode one.
/// </summary>
/// <remarks>
/// Every letter is converted alone, which is exact for TCVN3 (one character per letter) and for VNI too: its
/// mark glyph becomes a combining mark, which the line builder keeps with the letter before it and the reader
/// composes. Letters a legacy font stores nowhere (anything above U+00FF) are left as they are by the tables.
/// </remarks>
internal sealed class PdfLegacyFonts
{
    private readonly Dictionary<string, LegacyFont?> byName = new(StringComparer.Ordinal);
    private string? lastName;
    private LegacyFont? lastFont;

    public LegacyConversionNotices Notices { get; } = new("ký tự");

    /// <summary>Whether a TCVN3 letter was converted: its ư may have come through as a hyphen (<see cref="PdfTcvn3Hyphens"/>).</summary>
    public bool SawTcvn3 { get; private set; }

    public string TextOf(Letter letter)
    {
        var value = letter.Value ?? string.Empty;
        var name = letter.FontName ?? string.Empty;
        if (value.Length == 0 || FontOf(name) is not { } font)
            return value;
        var converted = LegacyFontText.Convert(value, font);
        if (converted != value)
        {
            Notices.Record(font, WithoutSubsetPrefix(name));
            SawTcvn3 |= font.Encoding == LegacyEncoding.Tcvn3;
        }
        return converted;
    }

    private LegacyFont? FontOf(string name)
    {
        // Letters of one font share one name string: most lookups end here.
        if (ReferenceEquals(name, lastName))
            return lastFont;
        if (!byName.TryGetValue(name, out var font))
            byName[name] = font = LegacyFontClassifier.Classify(name);
        (lastName, lastFont) = (name, font);
        return font;
    }

    // The notice names the font as the user knows it: ".VnTime", not "ABCDEF+.VnTime".
    private static string WithoutSubsetPrefix(string name) =>
        name.Length > 7 && name[6] == '+' ? name[7..] : name;
}
