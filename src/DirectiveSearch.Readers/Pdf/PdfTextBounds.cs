namespace DirectiveSearch.Readers.Pdf;

/// <summary>The left and right edges that full lines of a block of text reach.</summary>
internal readonly record struct PdfTextBounds(double Left, double Right)
{
    public double Width => Right - Left;

    /// <summary>The tightest edges around some lines: what a table column's own text reaches.</summary>
    public static PdfTextBounds Around(IEnumerable<PdfLine> lines)
    {
        var list = lines.ToList();
        return new PdfTextBounds(list.Min(line => line.Left), list.Max(line => line.Right));
    }
}
