using System.Text;

namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// Joins printed lines back into the paragraphs the author typed. A line continues the paragraph above
/// it unless something shows a new one begins: a wider gap than the document's normal line spacing,
/// a change of font size, a centered line (titles, "KẾ HOẠCH", signature lines, header cells), a line above that
/// stopped short although the next word would have fit, a list marker, or a first-line indent.
/// Paragraphs of the body run on across a page break; table columns never do.
/// </summary>
internal sealed class PdfParagraphBuilder
{
    // All lengths below are in font sizes (ems), so they hold for any type size.

    // Paragraph spacing of even a few points shows as this much beyond the normal baseline distance.
    private const double ExtraGap = 0.3;

    // First-line indents are a tab or 1.27 cm in practice; this is well below either.
    private const double Indent = 0.8;

    // How much the right margin estimate may err before a full line looks short.
    private const double FitSlack = 0.5;

    private const double SpaceWidth = 0.25;

    // A centered line keeps clear of both margins by this much, its two sides equal within the tolerance.
    private const double CenterMargin = 2;
    private const double CenterTolerance = 1.5;

    // An indented first line that stops short of the margin has two equal sides too, but it is long.
    private const double CenteredLineMaxShare = 0.8;

    // Columns narrower than this cannot tell a centered line from a short one.
    private const double MinWidthForCentering = 10;

    private const double SizeChange = 0.15;

    private readonly PdfLayoutMetrics metrics;

    public PdfParagraphBuilder(PdfLayoutMetrics metrics) => this.metrics = metrics;

    public IReadOnlyList<PdfParagraph> Build(IReadOnlyList<PdfTextBlock> blocks)
    {
        var paragraphs = new List<PdfParagraph>();
        var text = new StringBuilder();
        var page = 0;
        PdfLine? previous = null;
        PdfTextBounds previousBounds = default;
        PdfTextBlock? previousBlock = null;

        void Flush()
        {
            var paragraph = PdfTextCleaner.Clean(text.ToString());
            if (paragraph.Length > 0)
                paragraphs.Add(new PdfParagraph(page, paragraph));
            text.Clear();
            previous = null;
        }

        foreach (var block in blocks)
        {
            var runsOn = previousBlock is { IsBody: true } && block.IsBody && block.PageNumber == previousBlock.PageNumber + 1;
            if (!runsOn)
                Flush();
            var bounds = block.IsBody ? metrics.BodyBounds(block) : PdfTextBounds.Around(block.Lines);
            foreach (var line in block.Lines)
            {
                if (previous is not null && !StartsParagraph(previous, previousBounds, line, bounds, block.IsBody))
                {
                    Join(text, line.Text);
                }
                else
                {
                    Flush();
                    page = line.PageNumber;
                    text.Append(line.Text);
                }
                (previous, previousBounds) = (line, bounds);
            }
            if (!block.IsBody)
                Flush();
            previousBlock = block;
        }
        Flush();
        return paragraphs;
    }

    private bool StartsParagraph(PdfLine above, PdfTextBounds aboveBounds, PdfLine line, PdfTextBounds bounds, bool inBody)
    {
        var size = Math.Max(above.FontSize, line.FontSize);
        if (above.PageNumber == line.PageNumber)
        {
            var distance = above.Baseline - line.Baseline;
            if (distance <= 0.1 * size || distance > (metrics.LineSpacing + ExtraGap) * size)
                return true;
        }
        else if (EndsSentenceBeforeCapital(above, line))
        {
            return true;
        }
        if (Math.Abs(above.FontSize - line.FontSize) > SizeChange * size)
            return true;
        if (IsCentered(above, aboveBounds) || IsCentered(line, bounds))
            return true;
        // Header and signature cells center each line ("ĐẢNG BỘ TỈNH ..." over "ĐẢNG ỦY KHỐI ..."); only
        // text that wraps flush left, or under its list marker, runs on inside a cell.
        if (!inBody && !SharesLeftEdge(above, line))
            return true;
        if (EndsShort(above, line, aboveBounds))
            return true;
        if (ParagraphMarker.Find(line.Text) is { Length: > 0 } marker && !RunsOnInto(above, marker))
            return true;
        return IsIndented(above, line, bounds);
    }

    // A full line can run on into what looks like an item: " - " also joins words ("Lê Xuân Hưởng" /
    // "- Văn phòng", "2020 - 2025"), "Điều", "khoản", "số" need the number that follows ("Điều" / "23."),
    // and "3)" may close a parenthesis ("(đơn vị nhóm" / "3) và ...").
    private static bool RunsOnInto(PdfLine above, string marker)
    {
        if (ParagraphMarker.IsBullet(marker))
            return char.IsLetterOrDigit(above.Text[^1]);
        if (!char.IsDigit(marker[0]))
            return false;
        return ParagraphMarker.TakesNumber(above.Words[^1].Text)
            || (marker[^1] == ')' && above.Text.Count(character => character == '(') > above.Text.Count(character => character == ')'));
    }

    // Across a page break there is no spacing to see; a line that ends a sentence followed by one that
    // starts with a capital is taken for a paragraph end, the likelier reading in lists of "...;" items.
    private static bool EndsSentenceBeforeCapital(PdfLine above, PdfLine line) =>
        above.Text[^1] is '.' or ';' or ':' or '!' or '?' && char.IsUpper(line.Text[0]);

    private static bool IsCentered(PdfLine line, PdfTextBounds bounds)
    {
        var size = line.FontSize;
        if (bounds.Width < MinWidthForCentering * size)
            return false;
        var leftGap = line.Left - bounds.Left;
        var rightGap = bounds.Right - line.Right;
        return line.Right - line.Left <= CenteredLineMaxShare * bounds.Width
            && leftGap > CenterMargin * size
            && rightGap > CenterMargin * size
            && Math.Abs(leftGap - rightGap) < Math.Max(CenterTolerance * size, 0.05 * bounds.Width);
    }

    // A word processor breaks a line only when the next word does not fit; if it would have, the author
    // ended the paragraph. The dot leaders of a form move to the next line with the word they trail
    // ("Số định danh cá" / "nhân/CCCD: ........"), so they count as part of it.
    private static bool EndsShort(PdfLine above, PdfLine line, PdfTextBounds bounds)
    {
        var words = line.Words;
        var unit = 1;
        while (unit < words.Count && IsLeader(words[unit].Text))
            unit++;
        return above.Right + (SpaceWidth * above.FontSize) + (words[unit - 1].Right - words[0].Left) < bounds.Right - (FitSlack * above.FontSize);
    }

    private static bool IsLeader(string word) => word.Length >= 3 && word.All(character => IsLeaderCharacter(character) || character == '-');

    private static bool IsIndented(PdfLine above, PdfLine line, PdfTextBounds bounds)
    {
        var indent = Indent * line.FontSize;
        if (line.Left <= bounds.Left + indent || line.Left <= above.Left + indent)
            return false;
        // A list item may wrap under its own text ("-  item" / "   continued"): a hanging indent, not a new paragraph.
        var contentLeft = ContentLeft(above);
        return contentLeft is not { } left || Math.Abs(line.Left - left) > Indent * line.FontSize;
    }

    private static bool SharesLeftEdge(PdfLine above, PdfLine line) =>
        Math.Abs(above.Left - line.Left) <= Indent * line.FontSize
        || (ContentLeft(above) is { } left && Math.Abs(line.Left - left) <= Indent * line.FontSize);

    private static double? ContentLeft(PdfLine line)
    {
        var marker = ParagraphMarker.Find(line.Text);
        if (marker.Length == 0)
            return null;
        var markerWords = marker.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var printed = string.Join(' ', line.Words.Take(markerWords).Select(word => word.Text));
        return printed == marker && line.Words.Count > markerWords ? line.Words[markerWords].Left : null;
    }

    // "41-" / "QĐ/TW" and "Mác-" / "Lênin" were one word broken after its hyphen, and a form's dot leader
    // too long for one line ("......" / "......") was broken wherever the line ended.
    private static bool BrokenWord(StringBuilder text, string next) =>
        text.Length > 1 && ((text[^1] == '-' && char.IsLetterOrDigit(text[^2]) && char.IsLetterOrDigit(next[0]))
            || (IsLeaderCharacter(text[^1]) && IsLeaderCharacter(text[^2]) && next.Length > 1 && IsLeaderCharacter(next[0]) && IsLeaderCharacter(next[1])));

    private static bool IsLeaderCharacter(char character) => character is '.' or '…' or '_';

    private static void Join(StringBuilder text, string next)
    {
        if (text.Length > 0 && text[^1] == PdfTextCleaner.SoftHyphen)
        {
            // The word was hyphenated at the line end; the hyphen is not part of it.
            text.Length--;
        }
        else if (!BrokenWord(text, next))
        {
            text.Append(' ');
        }
        text.Append(next);
    }
}
