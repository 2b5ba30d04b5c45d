using System.Text.RegularExpressions;

namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// Drops what the printer repeats on every page rather than what the author wrote: page numbers
/// ("2", "- 2 -", "Trang 2/15") and running headers and footers, i.e. a line at the top or bottom of the
/// page, set off from the body by a gap, whose text recurs at about the same height on many pages, word
/// for word or with only the page number changing. Left in, they would be glued into the paragraphs
/// that cross page breaks.
/// </summary>
internal sealed partial class RunningHeaderFilter
{
    // Running headers and footers sit within the first or last few rows of a page...
    private const int EdgeRows = 3;

    // ...and within this share of the page height from its top or bottom edge: a short page ends
    // mid-page, and its last rows are no footer.
    private const double EdgeZone = 0.15;

    // Baseline distance (in font sizes) that sets a header or footer apart from the body; wider than
    // 1.5 line spacing, so the rows of a Party document's own header table do not qualify.
    private const double MarginGap = 1.8;

    // Share of the text pages a line must recur on; first pages and odd/even layouts often lack it.
    private const double RecurringShare = 0.4;

    // How far (in font sizes) the same header may drift between pages.
    private const double PositionTolerance = 2;

    public IReadOnlyList<PdfLineFrame> Filter(IReadOnlyList<PdfLineFrame> frames)
    {
        var margins = frames.SelectMany(MarginLines).ToList();

        var dropped = new HashSet<PdfLine>(ReferenceEqualityComparer.Instance);
        dropped.UnionWith(margins.Where(margin => margin.Outermost && PageNumber().IsMatch(margin.Line.Text)).Select(margin => margin.Line));
        dropped.UnionWith(RecurringLines(margins.Where(margin => margin.SetApart).ToList(), frames.Count));
        if (dropped.Count == 0)
            return frames;

        var filtered = frames
            .Select(frame => frame with
            {
                Rows = frame.Rows
                    .Select(row => (IReadOnlyList<PdfLine>)row.Where(line => !dropped.Contains(line)).ToList())
                    .Where(row => row.Count > 0)
                    .ToList(),
            })
            .ToList();
        // A document made only of such lines is still a document: keep its text rather than nothing.
        return filtered.Any(frame => frame.Rows.Count > 0) ? filtered : frames;
    }

    // Lines of a page's outer rows near its top or bottom edge; whether each is its page's first or
    // last row, and whether a gap parts it from the next row inward.
    private static IEnumerable<MarginLine> MarginLines(PdfLineFrame frame)
    {
        var rows = frame.Rows;
        var zone = EdgeZone * (frame.Top - frame.Bottom);
        for (var index = 0; index < rows.Count; index++)
        {
            var fromTop = index < EdgeRows && rows[index][0].Baseline >= frame.Top - zone;
            var fromBottom = index >= rows.Count - EdgeRows && rows[index][0].Baseline <= frame.Bottom + zone;
            if (!fromTop && !fromBottom)
                continue;
            var outermost = (fromTop && index == 0) || (fromBottom && index == rows.Count - 1);
            var setApart = (fromTop && index + 1 < rows.Count && IsGap(rows[index], rows[index + 1]))
                || (fromBottom && index > 0 && IsGap(rows[index - 1], rows[index]));
            foreach (var line in rows[index])
                yield return new MarginLine(frame, line, rows[index].Count == 1, outermost && rows.Count > 1, setApart);
        }
    }

    private static IEnumerable<PdfLine> RecurringLines(List<MarginLine> candidates, int pageCount)
    {
        var minPages = Math.Max(2, (int)Math.Ceiling(RecurringShare * pageCount));
        var sameText = candidates.GroupBy(candidate => (candidate.Frame.LayoutKey, Key: Shape(candidate.Line.Text)));
        // A table row's cells ("Số 21-TB/ĐUK" beside the date) are never a page counter; a footer's
        // "Trang 2" beside its title is caught as a page number.
        var samePageCounter = candidates
            .Where(candidate => candidate.Alone)
            .GroupBy(candidate => (candidate.Frame.LayoutKey, Key: Shape(Digits().Replace(candidate.Line.Text, "#"))))
            .Where(group => CountsPages(group.ToList()));
        return sameText.Concat(samePageCounter).SelectMany(group => Aligned(group.ToList(), minPages));
    }

    // "Trang 3/12" and "Trang 4/12" are one footer; "Số 28" and "Số 31" heading two notices bound in
    // one file are not: the changing number must follow the page number.
    private static bool CountsPages(List<MarginLine> occurrences)
    {
        if (occurrences.Select(candidate => candidate.Line.Text).Distinct().Count() < 2)
            return false;
        var numbers = occurrences
            .Select(candidate => (candidate.Frame.PageNumber, Numbers: Digits().Matches(candidate.Line.Text).Select(match => long.Parse(match.Value)).ToHashSet()))
            .ToList();
        var (firstPage, firstNumbers) = numbers[0];
        return firstNumbers.Any(number => numbers.All(other => other.Numbers.Contains(number - firstPage + other.PageNumber)));
    }

    private static IEnumerable<PdfLine> Aligned(List<MarginLine> occurrences, int minPages)
    {
        if (occurrences.Select(candidate => candidate.Frame.PageNumber).Distinct().Count() < minPages)
            return [];
        var baselines = occurrences.Select(candidate => candidate.Line.Baseline).Order().ToList();
        var typical = baselines[baselines.Count / 2];
        var aligned = occurrences
            .Where(candidate => Math.Abs(candidate.Line.Baseline - typical) <= PositionTolerance * candidate.Line.FontSize)
            .ToList();
        return aligned.Select(candidate => candidate.Frame.PageNumber).Distinct().Count() >= minPages
            ? aligned.Select(candidate => candidate.Line)
            : [];
    }

    private static bool IsGap(IReadOnlyList<PdfLine> above, IReadOnlyList<PdfLine> below) =>
        above[0].Baseline - below[0].Baseline > MarginGap * Math.Max(Size(above), Size(below));

    private static double Size(IReadOnlyList<PdfLine> row) => row.Max(line => line.FontSize);

    private static string Shape(string text) => Whitespace().Replace(text, " ").ToLowerInvariant();

    [GeneratedRegex(@"^\s*(?:(?:trang|page)\s*)?[-–—(\[]?\s*\d{1,4}\s*(?:(?:/|trên|of)\s*\d{1,4}\s*)?[-–—)\]]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d{1,9}")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A line near a page's edge and what its position says about it.</summary>
    private sealed record MarginLine(PdfLineFrame Frame, PdfLine Line, bool Alone, bool Outermost, bool SetApart);
}
