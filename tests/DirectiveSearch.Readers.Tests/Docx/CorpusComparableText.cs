using System.Text;
using System.Text.RegularExpressions;

namespace DirectiveSearch.Readers.Tests.Docx;

/// <summary>
/// Reduces a corpus text to its words: the .txt files are Markdown-ish exports whose emphasis
/// markers, table bars and Word bookmark are not words, and whitespace differs between formats.
/// </summary>
internal static partial class CorpusComparableText
{
    public static string Of(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var withoutMarkup = Bookmark().Replace(composed, " ").Replace("*", string.Empty).Replace("|", string.Empty);
        return Whitespace().Replace(withoutMarkup, " ").Trim();
    }

    [GeneratedRegex(@"\[bookmark:\s*_GoBack\]")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
