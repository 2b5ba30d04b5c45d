using System.Text.RegularExpressions;

namespace DirectiveSearch.TestSupport;

/// <summary>
/// Splits a law into one file per article (Điều), each the law's name, a blank line and the article, as the ALQAC
/// set of ../shared/ranking is made: many short texts worded alike, none of them a rendition of another.
/// </summary>
public static partial class LawSplitter
{
    [GeneratedRegex(@"^Điều\s+(\d+[a-zđ]?)\s*\.", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleLine();

    // A part, chapter or section heading ends the article before it: it belongs to the law's outline, not the article.
    [GeneratedRegex(@"^(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+[0-9IVXLC]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex DivisionLine();

    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Split(string lawPath, string folder)
    {
        var lines = File.ReadAllLines(lawPath);
        var stem = Path.GetFileNameWithoutExtension(lawPath);
        var typeLine = Array.FindIndex(lines, l => l.Trim() is "LUẬT" or "BỘ LUẬT");
        var name = typeLine >= 0 && typeLine + 1 < lines.Length ? $"{lines[typeLine].Trim()} {lines[typeLine + 1].Trim()}" : stem;
        var starts = Enumerable.Range(0, lines.Length).Where(i => ArticleLine().IsMatch(lines[i])).ToList();
        var written = new List<string>();
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : lines.Length;
            var division = Array.FindIndex(lines, starts[k] + 1, end - starts[k] - 1, l => DivisionLine().IsMatch(l));
            if (division > 0)
                end = division;
            var path = Path.Combine(folder, $"{stem}-a{k + 1:0000}.txt");
            File.WriteAllText(path, name + "\n\n" + string.Join('\n', lines[starts[k]..end]) + "\n");
            written.Add(path);
        }

        return written;
    }
}
