using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Text;

/// <summary>
/// Removes what conversions leave in the text of every format, seen in the corpus:
/// the '|' cell separators of flattened tables (seed 002: "- Thường trực Tỉnh ủy, | (để b/c)")
/// and Word's "[bookmark: _GoBack]" printed as text (seed 001, in its .txt, .docx and .pdf alike).
/// A bar between two spaces or at either end of a line is a separator; a bar inside a token is kept.
/// </summary>
public static partial class ConversionArtifacts
{
    public static string Remove(string line)
    {
        if (line.Contains('['))
            line = Bookmarks().Replace(line, string.Empty);
        return line.Contains('|') ? Bars().Replace(line, " ") : line;
    }

    [GeneratedRegex(@"(?:^|(?<=\s))\|+(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Bars();

    [GeneratedRegex(@"\[bookmark:[^\]]*\]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Bookmarks();
}
