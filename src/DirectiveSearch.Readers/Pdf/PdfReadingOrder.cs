namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// Orders a page's rows into blocks. Rows read top to bottom, except where cells sit side by side
/// (a row cut at a wide gap): that row opens a side-by-side region whose columns are read one after
/// the other, left first, each as its own block. That keeps "ĐẢNG ỦY KHỐI ..." and
/// "ĐẢNG CỘNG SẢN VIỆT NAM" apart instead of making one line of them, and a signature block apart
/// from the "Nơi nhận:" list beside it.
/// </summary>
internal sealed class PdfReadingOrder
{
    // Columns keep at least this much empty space (in font sizes) between them.
    private const double Clearance = 1;

    // Lines of one table cell share a left edge, a center or a right edge within this (in font sizes).
    private const double AlignmentTolerance = 1;

    public IReadOnlyList<PdfTextBlock> Order(PdfLineFrame frame)
    {
        var blocks = new List<PdfTextBlock>();
        var body = new List<PdfLine>();
        var rows = frame.Rows;
        var index = 0;
        while (index < rows.Count)
        {
            if (rows[index].Count == 1)
            {
                body.Add(rows[index][0]);
                index++;
                continue;
            }

            if (body.Count > 0)
                blocks.Add(new PdfTextBlock(frame.PageNumber, frame.LayoutKey, body, IsBody: true));
            body = [];
            index = ReadRegion(frame, index, blocks);
        }
        if (body.Count > 0)
            blocks.Add(new PdfTextBlock(frame.PageNumber, frame.LayoutKey, body, IsBody: true));
        return blocks;
    }

    private static int ReadRegion(PdfLineFrame frame, int start, List<PdfTextBlock> blocks)
    {
        var columns = frame.Rows[start].Select(line => new Column(line)).ToList();
        var end = start + 1;
        while (end < frame.Rows.Count && TryAdd(frame.Rows[end], columns))
            end++;
        blocks.AddRange(columns.Select(column => new PdfTextBlock(frame.PageNumber, frame.LayoutKey, column.Lines, IsBody: false)));
        return end;
    }

    // A row stays in the region if each of its lines fits one column without coming near another. A row
    // of one line must also line up with its column, or a centered title under the header would join it.
    private static bool TryAdd(IReadOnlyList<PdfLine> row, List<Column> columns)
    {
        var placed = new List<(Column Column, PdfLine Line)>();
        foreach (var line in row)
        {
            var column = columns.MaxBy(candidate => candidate.Overlap(line))!;
            var clearance = Clearance * line.FontSize;
            if (columns.Any(other => other != column && !other.IsClearOf(line, clearance)))
                return false;
            if (row.Count == 1 && !column.IsAlignedWith(line, AlignmentTolerance * line.FontSize))
                return false;
            placed.Add((column, line));
        }
        foreach (var (column, line) in placed)
            column.Add(line);
        return true;
    }

    /// <summary>One column of a side-by-side region and the horizontal extent its lines take.</summary>
    private sealed class Column(PdfLine first)
    {
        public List<PdfLine> Lines { get; } = [first];

        private double Left { get; set; } = first.Left;

        private double Right { get; set; } = first.Right;

        public void Add(PdfLine line)
        {
            Lines.Add(line);
            (Left, Right) = (Math.Min(Left, line.Left), Math.Max(Right, line.Right));
        }

        // Negative overlap is the distance between them, so the nearest column wins when none overlaps.
        public double Overlap(PdfLine line) => Math.Min(Right, line.Right) - Math.Max(Left, line.Left);

        public bool IsClearOf(PdfLine line, double clearance) =>
            line.Right <= Left - clearance || line.Left >= Right + clearance;

        public bool IsAlignedWith(PdfLine line, double tolerance) => Lines.Any(other =>
            Math.Abs(other.Left - line.Left) <= tolerance
            || Math.Abs(other.Center - line.Center) <= tolerance
            || Math.Abs(other.Right - line.Right) <= tolerance);
    }
}
