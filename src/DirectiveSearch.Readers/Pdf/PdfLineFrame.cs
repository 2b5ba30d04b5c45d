namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// The lines of one page that run in one direction, as rows top to bottom (a row holds one line, or
/// one line per cell when cells sit side by side). <paramref name="Quadrant"/> is the text direction in
/// quarter turns counter-clockwise (0 = normal); <paramref name="Width"/> is the page's extent along the lines,
/// <paramref name="Bottom"/> and <paramref name="Top"/> its edges across them, in the frame's coordinates.
/// </summary>
internal sealed record PdfLineFrame(int PageNumber, int Quadrant, double Width, double Bottom, double Top, IReadOnlyList<IReadOnlyList<PdfLine>> Rows)
{
    /// <summary>Pages with the same key share margins (a landscape page inside a portrait document does not).</summary>
    public (int Quadrant, int Width) LayoutKey => (Quadrant, (int)Math.Round(Width));
}
