namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// Lines of one page that are read as one flow, top to bottom. Body blocks are the page's main text and
/// may continue a paragraph from the previous page; a column block is one column of a side-by-side
/// layout (the issuer | "ĐẢNG CỘNG SẢN VIỆT NAM" header, the recipients | signature footer) and has
/// its own margins.
/// </summary>
internal sealed record PdfTextBlock(int PageNumber, (int Quadrant, int Width) LayoutKey, IReadOnlyList<PdfLine> Lines, bool IsBody);
