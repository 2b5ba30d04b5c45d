using System.Text.RegularExpressions;

namespace DirectiveSearch.Readers.Ocr;

/// <summary>
/// Rebuilds paragraphs from tesseract's plain-text output, which separates the paragraphs it
/// detected with blank lines but keeps the scan's line wrapping inside them.
/// </summary>
public static partial class OcrParagraphs
{
    public static IReadOnlyList<string> FromTesseractText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<string>();
        var current = new List<string>();
        // A heading line stands alone, so the line after it opens a new paragraph as well.
        var previousWasHeading = false;

        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            // Trim also removes the form feed tesseract appends after each page.
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                Flush(current, paragraphs);
                previousWasHeading = false;
                continue;
            }

            if (IsPageNumber(line))
                continue;

            var isHeading = IsCapitalHeading(line);
            if (isHeading || previousWasHeading || StartsWithListMarker(line))
                Flush(current, paragraphs);
            current.Add(line);
            previousWasHeading = isHeading;
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <summary>"I.", "II-", "1.", "1-", "1.1.", "2)", "a)", "-", "+" followed by a space: a new item.</summary>
    public static bool StartsWithListMarker(string line) => ListMarker().IsMatch(line);

    /// <summary>A line of two or more words with no lower-case letter, such as "KẾ HOẠCH".</summary>
    public static bool IsCapitalHeading(string line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c))
                continue;
            // Lower-case covers the Vietnamese vowels with marks too; a single one means ordinary text.
            if (char.IsLower(c))
                return false;
            letters++;
        }

        // One capitalised word is too often an acronym that wrapped onto its own line ("QĐ/TW.").
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetter));
        return letters >= 4 && words >= 2;
    }

    /// <summary>"3", "- 3 -", "Trang 3": page furniture, not text.</summary>
    public static bool IsPageNumber(string line) => PageNumber().IsMatch(line);

    private static void Flush(List<string> lines, List<string> paragraphs)
    {
        if (lines.Count == 0)
            return;
        paragraphs.Add(string.Join(' ', lines));
        lines.Clear();
    }

    // Numbers are limited to two digits per level so that a wrapped line starting with a year
    // ("2022. Ban Thường vụ...") is not taken for item 2022.
    [GeneratedRegex(@"^(?:[IVXLC]+[.\-]|\d{1,2}(?:\.\d{1,2})*[.\-)]|[a-zđ]\)|[-+•–])(?:\s|$)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:Trang\s+)?[-–—\s]*\d{1,3}[-–—\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
