namespace DirectiveSearch.Core.Text.Legacy;

/// <summary>
/// Tells from a font's name whether text drawn in it is in a legacy Vietnamese encoding:
/// ".VnTime", ".VnArial", ".VnCentury Schoolbook" are TCVN3, ".VnTimeH", ".VnArialH" its capitals fonts;
/// "VNI-Times", "VNI-Helve-Condense" are VNI. Any other name (Times New Roman, Arial, a Unicode font) is not,
/// and its text must never be converted: a run in Times New Roman reading "Đảng" is already Unicode.
/// </summary>
/// <remarks>
/// Names come from Word (w:rFonts) as the user saw them, and from PDF base fonts, which add a subset
/// prefix and a style: "ABCDEF+.VnTimeH,Bold", "VNI-Times-Bold". Some PDF writers drop the leading dot,
/// which PostScript names may not carry, so "VnTime" and "VnArial" count as well; other "Vn…" names do not,
/// since "Vn" alone could begin any font's name.
/// </remarks>
public static class LegacyFontClassifier
{
    private static readonly string[] StyleWords =
        ["BoldItalic", "BoldOblique", "Bold", "Italic", "Oblique", "Regular", "Normal", "Condensed"];

    /// <summary>The legacy font <paramref name="fontName"/> names, or null for a Unicode or unknown font.</summary>
    public static LegacyFont? Classify(string? fontName)
    {
        if (string.IsNullOrWhiteSpace(fontName))
            return null;
        var name = WithoutSubsetPrefix(fontName.Trim().Trim('"', '\''));

        if (name.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("VnTime", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("VnArial", StringComparison.OrdinalIgnoreCase))
            return new LegacyFont(LegacyEncoding.Tcvn3, Capitals: Family(name).EndsWith('H'));

        if (name.Length > 4 && name.StartsWith("VNI", StringComparison.OrdinalIgnoreCase) && name[3] is '-' or '_' or ' ')
            return new LegacyFont(LegacyEncoding.Vni, Capitals: false);

        return null;
    }

    // "ABCDEF+" marks an embedded subset in a PDF: six capital letters and a plus sign.
    private static string WithoutSubsetPrefix(string name) =>
        name.Length > 7 && name[6] == '+' && name.AsSpan(0, 6).ContainsAnyExceptInRange('A', 'Z') is false
            ? name[7..]
            : name;

    // The family without a style: ".VnTimeH,Bold" and ".VnTimeH-BoldItalic" are the family ".VnTimeH", but
    // ".VnBook-Antiqua" keeps its hyphen. The capital H of the capitals fonts is then its last letter.
    private static string Family(string name)
    {
        var family = name.Split(',')[0].Trim();
        var dash = family.LastIndexOf('-');
        if (dash > 0 && StyleWords.Contains(family[(dash + 1)..], StringComparer.OrdinalIgnoreCase))
            family = family[..dash];
        foreach (var style in StyleWords)
        {
            // Some writers glue the style on: ".VnTimeHBold".
            if (family.Length > style.Length && family.EndsWith(style, StringComparison.Ordinal))
            {
                family = family[..^style.Length];
                break;
            }
        }

        return family.TrimEnd();
    }
}
