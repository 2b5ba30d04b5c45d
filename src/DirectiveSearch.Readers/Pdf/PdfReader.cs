using System.Text;
using DirectiveSearch.Readers.Ocr;

namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// Reads PDF files: the text layer rebuilt into paragraphs in reading order, and pages without a
/// text layer (scans) recognized by OCR when it is available and enabled.
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    private readonly IPageOcr? ocr;
    private readonly PdfPageExtractor extractor = new();
    private readonly PdfTextLayout layout = new();

    /// <param name="ocr">Reads pages that have no text layer; without it such pages are left out.</param>
    public PdfReader(IPageOcr? ocr = null) => this.ocr = ocr;

    public string Format => "pdf";

    public ExtractedDocument Read(Stream content, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var budget = options.StartBudget();
        var bytes = BoundedContent.ReadAll(content, budget);
        PdfFileCheck.EnsurePdf(bytes);
        PdfStreamCheck.Ensure(bytes, budget);

        var fonts = new PdfLegacyFonts();
        var pages = extractor.Extract(bytes, budget, fonts);
        if (pages.Count == 0)
            throw new DocumentReadException("Tệp PDF không có trang nào");

        var scanned = pages.Where(page => !page.HasText).Select(page => page.PageNumber).ToList();
        var recognized = Recognize(bytes, scanned, allScanned: scanned.Count == pages.Count, options, budget);
        var paragraphs = Splice(layout.Paragraphs(pages.Where(page => page.HasText).ToList()), recognized);
        budget.Check();
        if (paragraphs.Count == 0)
        {
            throw new DocumentReadException(recognized.Count > 0
                ? "Tệp PDF là bản scan nhưng OCR không nhận dạng được chữ nào"
                : "Tệp PDF không có nội dung văn bản");
        }
        if (fonts.Notices.Any)
        {
            // A VNI mark is a glyph of its own, now a combining mark after its letter: compose them.
            for (var index = 0; index < paragraphs.Count; index++)
            {
                var composed = paragraphs[index].Normalize(NormalizationForm.FormC);
                paragraphs[index] = fonts.SawTcvn3 ? PdfTcvn3Hyphens.Restore(composed) : composed;
            }
        }

        return new ExtractedDocument(paragraphs, recognized.Keys.Order().ToList(), pages.Count) { Notices = fonts.Notices.Messages() };
    }

    private SortedDictionary<int, IReadOnlyList<string>> Recognize(byte[] bytes, List<int> scanned, bool allScanned, ReadOptions options, ReadBudget budget)
    {
        var recognized = new SortedDictionary<int, IReadOnlyList<string>>();
        if (scanned.Count == 0)
            return recognized;
        if (ocr is null || !options.OcrEnabled)
        {
            if (!allScanned)
                return recognized;
            var why = ocr is null ? "không có công cụ OCR để nhận dạng chữ" : "chức năng OCR đang tắt";
            throw new DocumentReadException($"Tệp PDF không có lớp văn bản (bản scan, {scanned.Count} trang) và {why}");
        }

        IReadOnlyDictionary<int, IReadOnlyList<string>> result;
        try
        {
            // Each page's tool run is killed at the OCR timeout; a 40-page scan must not fail the file's read timeout.
            using (budget.Suspend())
                result = ocr.Recognize(bytes, scanned, options);
        }
        catch (DocumentReadException) when (!allScanned)
        {
            // The text pages still make a useful document; the scanned ones are left out as without OCR.
            return recognized;
        }
        foreach (var number in scanned)
        {
            if (result.TryGetValue(number, out var page))
                recognized[number] = page.Select(PdfTextCleaner.Clean).Where(paragraph => paragraph.Length > 0).ToList();
        }
        return recognized;
    }

    private static List<string> Splice(IReadOnlyList<PdfParagraph> text, SortedDictionary<int, IReadOnlyList<string>> recognized)
    {
        var paragraphs = new List<string>(text.Count + recognized.Values.Sum(page => page.Count));
        var next = 0;
        foreach (var (number, page) in recognized)
        {
            for (; next < text.Count && text[next].PageNumber < number; next++)
                paragraphs.Add(text[next].Text);
            paragraphs.AddRange(page);
        }
        for (; next < text.Count; next++)
            paragraphs.Add(text[next].Text);
        return paragraphs;
    }
}
