namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// One line of text as printed: the words of one baseline that belong together (a row split at a
/// wide horizontal gap gives several lines, one per table cell). Coordinates are in the reading
/// frame of the text, where x grows along the line and y grows up the page.
/// </summary>
internal sealed record PdfLine(IReadOnlyList<PdfWord> Words, double Baseline, double FontSize, int PageNumber)
{
    public string Text { get; } = string.Join(' ', Words.Select(word => word.Text));

    public double Left => Words[0].Left;

    public double Right => Words[^1].Right;

    public double Center => (Left + Right) / 2;
}
