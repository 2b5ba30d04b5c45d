using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// Rebuilds printed lines from a page's glyphs: glyphs on one baseline form a row, gaps between glyphs
/// become word breaks, and a row is cut into separate lines where a gap is far wider than a word space
/// (side-by-side table cells). Works in the reading frame of each text direction so rotated pages read too.
/// </summary>
internal sealed class PdfLineBuilder
{
    // Superscripts sit about a third of an em above the baseline and must stay on their line.
    private const double BaselineTolerance = 0.4;

    // Word spaces are about a quarter em; kerning and letter-spacing stay well below this.
    private const double WordGap = 0.18;

    // A gap this many ems wide, and several times the row's word spacing, separates table cells:
    // justified lines widen every space of the row alike, a cell gap stands out alone.
    private const double CellGap = 2.5;
    private const double CellGapOverWordSpacing = 3;

    /// <param name="fonts">Converts letters drawn in legacy fonts (.VnTime, VNI-Times) and counts them.</param>
    public IReadOnlyList<PdfLineFrame> Build(IReadOnlyList<Letter> letters, PdfRectangle page, int pageNumber, PdfLegacyFonts fonts)
    {
        var glyphsByQuadrant = new Dictionary<int, List<Glyph>>();
        for (var index = 0; index < letters.Count; index++)
        {
            var glyph = Glyph.From(letters[index], fonts.TextOf(letters[index]), index);
            if (glyph is null)
                continue;
            if (!glyphsByQuadrant.TryGetValue(glyph.Quadrant, out var glyphs))
                glyphsByQuadrant[glyph.Quadrant] = glyphs = [];
            glyphs.Add(glyph);
        }

        return glyphsByQuadrant
            .OrderByDescending(pair => pair.Value.Count(glyph => !glyph.IsSpace))
            .Select(pair => Frame(pair.Key, page, pageNumber, GroupRows(pair.Value).Select(row => BuildLines(row, pageNumber)).Where(lines => lines.Count > 0).ToList()))
            .Where(frame => frame.Rows.Count > 0)
            .ToList();
    }

    // The page's edges seen from the text's reading frame (see Glyph.ToFrame).
    private static PdfLineFrame Frame(int quadrant, PdfRectangle page, int pageNumber, List<List<PdfLine>> rows) => quadrant switch
    {
        1 => new PdfLineFrame(pageNumber, quadrant, page.Height, -page.Right, -page.Left, rows),
        2 => new PdfLineFrame(pageNumber, quadrant, page.Width, -page.Top, -page.Bottom, rows),
        3 => new PdfLineFrame(pageNumber, quadrant, page.Height, page.Left, page.Right, rows),
        _ => new PdfLineFrame(pageNumber, quadrant, page.Width, page.Bottom, page.Top, rows),
    };

    private static List<List<Glyph>> GroupRows(List<Glyph> glyphs)
    {
        glyphs.Sort((a, b) => b.Y != a.Y ? b.Y.CompareTo(a.Y) : a.X0.CompareTo(b.X0));
        var rows = new List<List<Glyph>>();
        List<Glyph>? row = null;
        double baseline = 0, rowSize = 0;
        foreach (var glyph in glyphs)
        {
            if (row is not null && Math.Abs(glyph.Y - baseline) <= BaselineTolerance * Math.Max(rowSize, glyph.Size))
            {
                row.Add(glyph);
                // The row's baseline is that of its body text, not of a superscript that happened to come first.
                if (!glyph.IsSpace && glyph.Size > rowSize)
                    (baseline, rowSize) = (glyph.Y, glyph.Size);
                continue;
            }
            row = [glyph];
            rows.Add(row);
            (baseline, rowSize) = (glyph.Y, glyph.IsSpace ? 0 : glyph.Size);
        }
        return rows;
    }

    private static List<PdfLine> BuildLines(List<Glyph> row, int pageNumber)
    {
        var ordered = OrderAlongLine(row);
        var printed = ordered.Where(glyph => !glyph.IsSpace).ToList();
        if (printed.Count == 0)
            return [];
        var size = Median(printed.Select(glyph => glyph.Size));
        var baseline = printed.MaxBy(glyph => glyph.Size)!.Y;
        var words = BuildWords(ordered, size);
        return SplitCells(words, size)
            .Select(cell => new PdfLine(cell, baseline, size, pageNumber))
            .ToList();
    }

    private static List<Glyph> OrderAlongLine(List<Glyph> row)
    {
        var ordered = row.OrderBy(glyph => glyph.X0).ThenBy(glyph => glyph.Order).ToList();

        // A combining mark drawn with a negative offset sorts before its base letter; put it back after.
        // A mark with no advance at the end of its letter (VNI's mark glyphs) touches the next letter's
        // left edge without being over it, and stays where it is.
        for (var index = 0; index + 1 < ordered.Count; index++)
        {
            var (mark, next) = (ordered[index], ordered[index + 1]);
            if (PdfTextCleaner.IsCombiningMark(mark.Value) && !PdfTextCleaner.IsCombiningMark(next.Value)
                && mark.Center > next.X0 && mark.Center <= next.X1)
                (ordered[index], ordered[index + 1]) = (next, mark);
        }

        // Fake bold prints each glyph twice, a fraction of a point apart; read it once.
        var result = new List<Glyph>(ordered.Count);
        Glyph? previous = null;
        foreach (var glyph in ordered)
        {
            if (!glyph.IsSpace)
            {
                if (previous is not null && previous.Value == glyph.Value
                    && Math.Abs(glyph.X0 - previous.X0) < Math.Max(0.5, 0.3 * (previous.X1 - previous.X0))
                    && Math.Abs(glyph.Y - previous.Y) < 0.5)
                    continue;
                previous = glyph;
            }
            result.Add(glyph);
        }
        return result;
    }

    private static List<PdfWord> BuildWords(List<Glyph> ordered, double size)
    {
        var words = new List<PdfWord>();
        var text = new System.Text.StringBuilder();
        double left = 0, right = double.NegativeInfinity;
        var spacePending = false;

        foreach (var glyph in ordered)
        {
            if (glyph.IsSpace)
            {
                spacePending = text.Length > 0;
                continue;
            }
            var startsWord = text.Length > 0
                && !PdfTextCleaner.IsCombiningMark(glyph.Value)
                && (spacePending || glyph.X0 - right > WordGap * size);
            if (startsWord)
            {
                words.Add(new PdfWord(text.ToString(), left, right));
                text.Clear();
            }
            if (text.Length == 0)
                (left, right) = (glyph.X0, glyph.X1);
            text.Append(glyph.Value);
            right = Math.Max(right, glyph.X1);
            spacePending = false;
        }
        if (text.Length > 0)
            words.Add(new PdfWord(text.ToString(), left, right));
        return words;
    }

    private static List<List<PdfWord>> SplitCells(List<PdfWord> words, double size)
    {
        var gaps = new double[Math.Max(0, words.Count - 1)];
        for (var index = 0; index < gaps.Length; index++)
            gaps[index] = words[index + 1].Left - words[index].Right;
        var wordGaps = gaps.Where(gap => gap < CellGap * size).ToList();
        var wordSpacing = wordGaps.Count > 0 ? Math.Max(Median(wordGaps), 0.1 * size) : 0.25 * size;

        var cells = new List<List<PdfWord>> { new() { words[0] } };
        for (var index = 1; index < words.Count; index++)
        {
            var gap = gaps[index - 1];
            if (gap > CellGap * size && gap > CellGapOverWordSpacing * wordSpacing)
                cells.Add([]);
            cells[^1].Add(words[index]);
        }
        return cells;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    /// <summary>A glyph placed in the reading frame of its text direction.</summary>
    private sealed record Glyph(string Value, double X0, double X1, double Y, double Size, int Quadrant, int Order, bool IsSpace)
    {
        public double Center => (X0 + X1) / 2;

        public static Glyph? From(Letter letter, string value, int order)
        {
            var isSpace = value.Length == 0 || PdfTextCleaner.IsSpace(value);
            var quadrant = QuadrantOf(letter);
            var start = ToFrame(letter.StartBaseLine.X, letter.StartBaseLine.Y, quadrant);
            var end = ToFrame(letter.EndBaseLine.X, letter.EndBaseLine.Y, quadrant);
            if (!double.IsFinite(start.X) || !double.IsFinite(start.Y) || !double.IsFinite(end.X))
                return null;
            var size = letter.PointSize;
            if (!(size > 0))
                size = Math.Max(letter.BoundingBox.Height, letter.BoundingBox.Width);
            if (!(size > 0))
                size = 10;
            return new Glyph(value, start.X, Math.Max(start.X, end.X), start.Y, size, quadrant, order, isSpace);
        }

        // Quarter turns counter-clockwise of the baseline, snapped: text skewed by a degree or two
        // (a deskewed scan's text layer) still reads as the direction it nearly has.
        private static int QuadrantOf(Letter letter)
        {
            var dx = letter.EndBaseLine.X - letter.StartBaseLine.X;
            var dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
            if (Math.Abs(dx) + Math.Abs(dy) > 1e-3)
                return ((int)Math.Round(Math.Atan2(dy, dx) / (Math.PI / 2)) % 4 + 4) % 4;
            return letter.TextOrientation switch
            {
                TextOrientation.Rotate270 => 1, // going up
                TextOrientation.Rotate180 => 2,
                TextOrientation.Rotate90 => 3, // going down
                _ => 0,
            };
        }

        // Rotates page coordinates so the text runs along +x and its tops point to +y.
        private static (double X, double Y) ToFrame(double x, double y, int quadrant) => quadrant switch
        {
            1 => (y, -x),
            2 => (-x, -y),
            3 => (-y, x),
            _ => (x, y),
        };
    }
}
