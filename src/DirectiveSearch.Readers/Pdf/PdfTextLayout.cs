namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// Turns the lines of a document's text pages into paragraphs in reading order: running headers,
/// footers and page numbers out, side-by-side columns read one after the other, wrapped lines joined.
/// </summary>
internal sealed class PdfTextLayout
{
    private readonly RunningHeaderFilter headerFilter = new();
    private readonly PdfReadingOrder readingOrder = new();

    public IReadOnlyList<PdfParagraph> Paragraphs(IReadOnlyList<PdfPageText> textPages)
    {
        if (textPages.Count == 0)
            return [];

        // Headers and footers run in the page's main direction; stamps or notes turned sideways are read after it.
        var mainFrames = headerFilter.Filter(textPages.Select(page => page.Frames[0]).ToList());
        var blocks = new List<PdfTextBlock>();
        for (var index = 0; index < textPages.Count; index++)
        {
            blocks.AddRange(readingOrder.Order(mainFrames[index]));
            foreach (var frame in textPages[index].Frames.Skip(1))
                blocks.AddRange(readingOrder.Order(frame));
        }
        var metrics = PdfLayoutMetrics.Measure(blocks);
        return new PdfParagraphBuilder(metrics).Build(blocks);
    }
}
