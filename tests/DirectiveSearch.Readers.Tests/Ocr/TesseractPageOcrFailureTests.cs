using DirectiveSearch.Readers.Ocr;

namespace DirectiveSearch.Readers.Tests.Ocr;

/// <summary>What users are told when OCR cannot run or a tool fails.</summary>
public sealed class TesseractPageOcrFailureTests
{
    private static readonly ReadOptions Options = ReadOptions.For(OcrCorpus.ScannedPdf);

    private static byte[] ScannedPdf() => File.ReadAllBytes(RepositoryFiles.CorpusFile(OcrCorpus.ScannedPdf));

    [Fact]
    public void Missing_tesseract_names_the_tool_and_the_packages()
    {
        var ocr = new TesseractPageOcr(new TesseractOcrOptions { TesseractPath = "/nonexistent/tesseract" });

        Assert.False(ocr.Check().IsAvailable);
        var error = Assert.Throws<DocumentReadException>(() => ocr.Recognize(ScannedPdf(), [1], Options));
        Assert.StartsWith("Không chạy được OCR: thiếu công cụ 'tesseract' (cài gói tesseract-ocr và tesseract-ocr-vie", error.Message);
        Assert.Contains("/nonexistent/tesseract", error.Message);
    }

    [Fact]
    public void Missing_pdftoppm_names_poppler_utils()
    {
        var ocr = new TesseractPageOcr(new TesseractOcrOptions { PdftoppmPath = "no-such-pdftoppm-on-path" });

        var error = Assert.Throws<DocumentReadException>(() => ocr.Recognize(ScannedPdf(), [1], Options));
        Assert.StartsWith("Không chạy được OCR: thiếu công cụ 'pdftoppm' (cài gói poppler-utils", error.Message);
    }

    [Fact]
    public void Missing_language_names_its_package()
    {
        var ocr = new TesseractPageOcr();

        var error = Assert.Throws<DocumentReadException>(
            () => ocr.Recognize(ScannedPdf(), [1], Options with { OcrLanguages = "vie+xyz_abc" }));
        Assert.Equal("Không chạy được OCR: tesseract chưa có dữ liệu ngôn ngữ 'xyz_abc' (cài gói tesseract-ocr-xyz-abc)", error.Message);
    }

    [Fact]
    public void Page_past_the_end_reports_the_page_and_the_tool_error()
    {
        var ocr = new TesseractPageOcr();

        var error = Assert.Throws<DocumentReadException>(() => ocr.Recognize(ScannedPdf(), [9], Options));
        Assert.StartsWith("OCR thất bại ở trang 9: pdftoppm trả về mã lỗi", error.Message);
        Assert.Contains("page", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Damaged_pdf_is_a_tool_failure_not_a_crash()
    {
        var ocr = new TesseractPageOcr();

        var error = Assert.Throws<DocumentReadException>(() => ocr.Recognize("not a pdf"u8.ToArray(), [1], Options));
        Assert.StartsWith("OCR thất bại ở trang 1: pdftoppm", error.Message);
    }

    [Fact]
    public void Hanging_tool_is_killed_at_the_timeout()
    {
        if (OperatingSystem.IsWindows())
            return;
        var scriptDirectory = Directory.CreateTempSubdirectory("ocr-test-");
        try
        {
            // Answers the language check like tesseract, then hangs on the page (with a child
            // process, so killing only the shell would leave the pipes open).
            var script = Path.Combine(scriptDirectory.FullName, "tesseract");
            File.WriteAllText(script,
                "#!/bin/sh\n" +
                "if [ \"$1\" = \"--list-langs\" ]; then echo 'List of available languages (1):'; echo vie; exit 0; fi\n" +
                "echo 'reading page' >&2\n" +
                "sleep 60\n");
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            // Long enough for the real pdftoppm to render the page on a loaded 2-core machine, far shorter than the hang.
            var ocr = new TesseractPageOcr(new TesseractOcrOptions { TesseractPath = script, Timeout = TimeSpan.FromSeconds(12) });

            var started = DateTime.UtcNow;
            var error = Assert.Throws<DocumentReadException>(() => ocr.Recognize(ScannedPdf(), [8], Options));

            Assert.Equal("OCR thất bại ở trang 8: tesseract chạy quá thời gian cho phép và đã bị dừng: reading page", error.Message);
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(45), "the hung tool was not killed");
        }
        finally
        {
            scriptDirectory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Temporary_files_are_removed_even_after_a_failure()
    {
        var before = OcrTempDirectories();
        var ocr = new TesseractPageOcr();

        Assert.Throws<DocumentReadException>(() => ocr.Recognize(ScannedPdf(), [9], Options));

        Assert.Subset(before, OcrTempDirectories());
    }

    [Fact]
    public void Invalid_settings_are_rejected_up_front()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TesseractPageOcr(new TesseractOcrOptions { MaxParallelPages = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TesseractPageOcr(new TesseractOcrOptions { Timeout = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TesseractPageOcr(new TesseractOcrOptions { PageSegmentationMode = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TesseractPageOcr().Recognize([], [0], Options));
    }

    private static HashSet<string> OcrTempDirectories() =>
        Directory.GetDirectories(Path.GetTempPath(), "directivesearch-ocr-*").ToHashSet();
}
