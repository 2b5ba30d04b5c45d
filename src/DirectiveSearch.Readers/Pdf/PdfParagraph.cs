namespace DirectiveSearch.Readers.Pdf;

/// <summary>A rebuilt paragraph and the page it starts on, so OCR'd pages can be spliced in page order.</summary>
internal sealed record PdfParagraph(int PageNumber, string Text);
