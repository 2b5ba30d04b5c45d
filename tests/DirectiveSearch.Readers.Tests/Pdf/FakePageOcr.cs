using DirectiveSearch.Readers.Ocr;

namespace DirectiveSearch.Readers.Tests.Pdf;

/// <summary>Stands in for Tesseract: answers fixed paragraphs per page and remembers what it was asked.</summary>
internal sealed class FakePageOcr(IReadOnlyDictionary<int, IReadOnlyList<string>> pages, bool fails = false) : IPageOcr
{
    public List<IReadOnlyList<int>> Requests { get; } = [];

    public byte[]? LastPdf { get; private set; }

    public IReadOnlyDictionary<int, IReadOnlyList<string>> Recognize(byte[] pdf, IReadOnlyList<int> pageNumbers, ReadOptions options)
    {
        Requests.Add(pageNumbers);
        LastPdf = pdf;
        if (fails)
            throw new DocumentReadException("Không tìm thấy Tesseract");
        return pages.Where(page => pageNumbers.Contains(page.Key)).ToDictionary();
    }
}
