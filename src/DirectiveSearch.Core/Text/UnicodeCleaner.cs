using System.Text;

namespace DirectiveSearch.Core.Text;

/// <summary>
/// Brings text from any reader to one canonical Unicode form: NFC, plain spaces, no control or
/// zero-width characters, and the Vietnamese letter Đ where converters wrote the look-alike Ð.
/// </summary>
public static class UnicodeCleaner
{
    /// <summary>
    /// Cleans one piece of text. Line feeds are kept (they separate paragraphs); every other
    /// whitespace character becomes a plain space; runs are not collapsed here.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Decomposed input (from some PDF tools and Windows-1258 conversions) must be composed
        // before anything compares letters: "Đa\u0309ng" and "Đảng" are the same word.
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        for (var i = 0; i < composed.Length; i++)
        {
            var c = composed[i];
            switch (c)
            {
                case '\n':
                    builder.Append('\n');
                    break;
                case '\r':
                    // CR LF and a lone CR both end one line.
                    if (i + 1 >= composed.Length || composed[i + 1] != '\n')
                        builder.Append('\n');
                    break;
                // Icelandic eth (U+00D0/U+00F0) looks exactly like the Vietnamese Đ/đ (U+0110/U+0111) and old
                // converters and fonts emit it; no Vietnamese text means eth, so it is always a mistake.
                case '\u00D0':
                    builder.Append('\u0110');
                    break;
                case '\u00F0':
                    builder.Append('\u0111');
                    break;
                case '\u00AD': // soft hyphen: invisible unless a line breaks there
                case '\u200B': // zero-width space
                case '\u200C':
                case '\u200D':
                case '\u2060':
                case '\uFEFF': // BOM or zero-width no-break space in mid-text
                    break;
                default:
                    // Tabs, NBSP, thin and ideographic spaces, vertical tab, form feed, stray C0/C1 controls.
                    builder.Append(char.IsWhiteSpace(c) || char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }
}
