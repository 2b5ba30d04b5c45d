using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Text;

/// <summary>
/// Removes the '|' cell separators that table-to-text conversion leaves behind
/// (seed 002: "- Thường trực Tỉnh ủy, | (để b/c)" and "- Ban Tuyên giáo Tỉnh ủy, |").
/// A bar between two spaces or at either end of a line is a separator; a bar inside a token is kept.
/// </summary>
public static partial class StrayTableBars
{
    public static string Remove(string line) =>
        line.Contains('|') ? Bars().Replace(line, " ") : line;

    [GeneratedRegex(@"(?:^|(?<=\s))\|+(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Bars();
}
