namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// The text layer of one page: its lines by text direction, the main direction first.
/// A page without any is a scanned image that only OCR can read.
/// </summary>
internal sealed record PdfPageText(int PageNumber, IReadOnlyList<PdfLineFrame> Frames)
{
    public bool HasText => Frames.Count > 0;
}
