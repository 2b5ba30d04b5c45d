using System.Diagnostics;
using DirectiveSearch.Readers.Ocr;
using Xunit.Abstractions;

namespace DirectiveSearch.Readers.Tests.Ocr;

/// <summary>Runs the real tools over the scanned copy of a corpus document.</summary>
public sealed class TesseractPageOcrCorpusTests(ITestOutputHelper output)
{
    private const int ScannedPageCount = 8;

    [Fact]
    public void Recognizes_the_scanned_document_almost_exactly()
    {
        var pdf = File.ReadAllBytes(RepositoryFiles.CorpusFile(OcrCorpus.ScannedPdf));
        var expected = File.ReadAllText(RepositoryFiles.CorpusFile(OcrCorpus.ScannedPdfText));
        var ocr = new TesseractPageOcr();
        var availability = ocr.Check();
        Assert.True(availability.IsAvailable, availability.Problem);

        var clock = Stopwatch.StartNew();
        var pages = ocr.Recognize(pdf, Enumerable.Range(1, ScannedPageCount).ToArray(), ReadOptions.For(OcrCorpus.ScannedPdf));
        clock.Stop();

        Assert.Equal(Enumerable.Range(1, ScannedPageCount), pages.Keys);
        var recognized = string.Join("\n", pages.Values.SelectMany(paragraphs => paragraphs));
        var similarity = Levenshtein.Similarity(ComparableText.Normalize(expected), ComparableText.Normalize(recognized));
        output.WriteLine($"similarity {similarity:P2}, {clock.Elapsed.TotalSeconds / ScannedPageCount:F2} s/page, " +
            $"{pages.Values.Sum(paragraphs => paragraphs.Count)} paragraphs");
        Assert.True(similarity >= 0.98, $"OCR similarity {similarity:P2} is below 98%");
    }

    [Fact]
    public void Parallel_pages_give_the_same_text_as_sequential_ones()
    {
        var pdf = File.ReadAllBytes(RepositoryFiles.CorpusFile(OcrCorpus.ScannedPdf));
        int[] pageNumbers = [3, 1, 3];
        var options = ReadOptions.For(OcrCorpus.ScannedPdf);

        var sequential = new TesseractPageOcr().Recognize(pdf, pageNumbers, options);
        var parallel = new TesseractPageOcr(new TesseractOcrOptions { MaxParallelPages = 2 }).Recognize(pdf, pageNumbers, options);

        Assert.Equal([1, 3], sequential.Keys);
        Assert.Equal(sequential.Keys, parallel.Keys);
        foreach (var page in sequential.Keys)
            Assert.Equal(sequential[page], parallel[page]);
        Assert.Equal("KẾ HOẠCH", sequential[1][0]);
    }

    [Fact]
    public void No_pages_need_no_tools()
    {
        var ocr = new TesseractPageOcr(new TesseractOcrOptions { TesseractPath = "/nonexistent/tesseract" });

        Assert.Empty(ocr.Recognize([], [], ReadOptions.For("x.pdf")));
    }
}
