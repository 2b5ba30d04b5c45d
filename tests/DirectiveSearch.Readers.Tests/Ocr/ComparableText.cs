using System.Text;
using System.Text.RegularExpressions;

namespace DirectiveSearch.Readers.Tests.Ocr;

/// <summary>Reduces a reference text and an OCR result to what OCR can be expected to reproduce.</summary>
internal static partial class ComparableText
{
    public static string Normalize(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        // The scan was printed from the exported text, so Word's hidden bookmark is visible on the
        // page; OCR reads it back with a space after the underscore.
        var withoutBookmark = Bookmark().Replace(composed, " ");
        // Markdown emphasis and table bars from the export are not part of the document's words.
        var withoutMarkup = withoutBookmark.Replace("*", string.Empty).Replace("|", string.Empty);
        return Whitespace().Replace(withoutMarkup, " ").Trim();
    }

    [GeneratedRegex(@"\[bookmark:\s*_\s*GoBack\]")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
