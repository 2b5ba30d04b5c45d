using System.Globalization;
using System.Text;

namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// Removes what a PDF text layer carries that is not text: control characters (broken ToUnicode maps
/// produce them) and soft hyphens (invisible unless a line breaks there). Unicode normalization is
/// left to the ingestion pipeline, so the text is otherwise kept as printed.
/// </summary>
internal static class PdfTextCleaner
{
    public const char SoftHyphen = '\u00AD';

    public static string Clean(string text)
    {
        if (!text.Any(NeedsWork))
            return text.Trim();

        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (character == SoftHyphen)
                continue;
            if (char.IsControl(character))
            {
                // Tabs and line feeds separated words; keep them apart, other controls are noise.
                if (char.IsWhiteSpace(character) && builder.Length > 0 && builder[^1] != ' ')
                    builder.Append(' ');
                continue;
            }
            builder.Append(character);
        }
        return builder.ToString().Trim();
    }

    /// <summary>Whether a glyph separates words (a space, or a control character standing where one was).</summary>
    public static bool IsSpace(string value) =>
        value.All(character => char.IsWhiteSpace(character) || char.IsControl(character));

    /// <summary>Whether a glyph prints something a reader would see as text.</summary>
    public static bool IsVisible(string value) =>
        value.Any(character => !char.IsWhiteSpace(character) && !char.IsControl(character) && character != SoftHyphen);

    /// <summary>Whether a glyph is a combining mark that belongs on the letter before it.</summary>
    public static bool IsCombiningMark(string value) =>
        value.Length > 0 && value.All(character => CharUnicodeInfo.GetUnicodeCategory(character)
            is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);

    private static bool NeedsWork(char character) => character == SoftHyphen || char.IsControl(character);
}
