namespace DirectiveSearch.Readers;

/// <summary>
/// What a reader found in a file: paragraphs in reading order, not yet normalized
/// (the ingestion pipeline normalizes them), and where OCR supplied the text.
/// </summary>
/// <param name="Paragraphs">One entry per paragraph or table cell; wrapped lines already joined.</param>
/// <param name="OcrPages">1-based numbers of pages whose text came from OCR.</param>
/// <param name="PageCount">Pages in the file, for paged formats.</param>
public sealed record ExtractedDocument(
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<int> OcrPages,
    int? PageCount)
{
    public bool UsedOcr => OcrPages.Count > 0;

    /// <summary>
    /// What the reader did to the text that the user should know of, in Vietnamese: text converted from a
    /// legacy encoding (TCVN3, VNI...) is the reader's reading of it, not what the file holds.
    /// </summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    public static ExtractedDocument FromParagraphs(IReadOnlyList<string> paragraphs) =>
        new(paragraphs, [], null);
}
