namespace DirectiveSearch.Readers.Ocr;

/// <summary>Recognizes the text of pages of a PDF that have no text layer.</summary>
public interface IPageOcr
{
    /// <summary>
    /// Returns the recognized paragraphs of each requested page (1-based page numbers), in page order.
    /// Throws <see cref="DocumentReadException"/> when OCR is unavailable (tools missing) or fails.
    /// </summary>
    IReadOnlyDictionary<int, IReadOnlyList<string>> Recognize(byte[] pdf, IReadOnlyList<int> pageNumbers, ReadOptions options);
}
