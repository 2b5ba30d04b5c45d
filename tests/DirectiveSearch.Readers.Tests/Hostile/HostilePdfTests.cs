using System.Diagnostics;
using DirectiveSearch.Readers.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;
using Xunit.Abstractions;

namespace DirectiveSearch.Readers.Tests.Hostile;

/// <summary>
/// PDFs built to hurt the reader, and one merely large: password-protected and permission-only
/// encryption written by qpdf (AES, as current tools write it), a decompression bomb, a page that
/// takes PdfPig a long time, and 500 real pages.
/// </summary>
public sealed class HostilePdfTests(ITestOutputHelper output)
{
    private static ExtractedDocument Read(byte[] pdf, ReadLimits? limits = null) =>
        new PdfReader().Read(new MemoryStream(pdf, writable: false), ReadOptions.For("hostile.pdf") with { Limits = limits ?? ReadLimits.Default, OcrEnabled = false });

    private static string Refusal(byte[] pdf, ReadLimits? limits = null) =>
        Assert.Throws<DocumentReadException>(() => Read(pdf, limits)).Message;

    private static readonly Lazy<byte[]> FiveHundredPages = new(() => MergeToPages(500));

    /// <summary>Bench PDFs merged page by page until <paramref name="count"/> pages: real text, real fonts.</summary>
    private static byte[] MergeToPages(int count)
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Bench, "formats"), "*.pdf").Order(StringComparer.Ordinal).ToList();
        var builder = new PdfDocumentBuilder();
        var opened = new List<PdfDocument>();
        try
        {
            for (var next = 0; builder.Pages.Count < count; next++)
            {
                var document = PdfDocument.Open(files[next % files.Count]);
                opened.Add(document);
                for (var page = 1; page <= document.NumberOfPages && builder.Pages.Count < count; page++)
                    builder.AddPage(document, page);
            }

            return builder.Build();
        }
        finally
        {
            opened.ForEach(document => document.Dispose());
        }
    }

    private static byte[] RealPdf() => File.ReadAllBytes(RepositoryFiles.Seed("000", ".pdf"));

    [Theory]
    [InlineData(128)]
    [InlineData(256)]
    public void A_pdf_locked_with_a_user_password_by_qpdf_is_refused_as_encrypted(int bits)
    {
        var locked = Qpdf.Encrypt(RealPdf(), "matkhau", "chusohuu", bits);

        Assert.Equal("Tệp PDF bị mã hóa (encrypted) bằng mật khẩu, không đọc được", Refusal(locked));
    }

    [Theory]
    [InlineData(128)]
    [InlineData(256)]
    public void A_pdf_encrypted_by_qpdf_with_an_empty_user_password_reads_as_the_original(int bits)
    {
        var original = RealPdf();
        var restricted = Qpdf.Encrypt(original, "", "chusohuu", bits, "--print=none", "--modify=none", "--extract=n");

        Assert.Equal(Read(original).Paragraphs, Read(restricted).Paragraphs);
    }

    [Fact]
    public void A_decompression_bomb_is_refused_before_pdfpig_inflates_it()
    {
        var bomb = RawPdf.InflatingContent(megabytes: 200);
        Assert.True(bomb.Length < 2 * 1024 * 1024);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var reason = Refusal(bomb);

        Assert.StartsWith("Tệp PDF bị từ chối: một luồng nén", reason, StringComparison.Ordinal);
        Assert.Contains("giải nén ra hơn 64 MB", reason, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 32 * 1024 * 1024);
    }

    [Fact]
    public void A_page_of_many_operators_is_read_within_the_default_limits()
    {
        var dense = RawPdf.ManyOperators(20_000);

        var document = Read(dense);

        Assert.Contains("abab", document.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6_000_000)]
    [InlineData(2_000_000)]
    public void Millions_of_text_operators_on_a_page_are_refused_before_pdfpig_parses_them_and_leave_no_memory_held(int runs)
    {
        // The files of the report: a page repeating "(A) Tj", 62 KB for six million (21 KB for two million).
        var content = new System.Text.StringBuilder("BT /F1 1 Tf 72 700 Td ");
        for (var i = 0; i < runs; i++)
            content.Append("(A) Tj ");
        var pdf = RawPdf.OnePage(System.Text.Encoding.ASCII.GetBytes(content.Append("ET").ToString()), compress: true);
        content.Clear();
        content.Capacity = 0;
        var before = SettledMemory();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var reason = Refusal(pdf);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var after = SettledMemory();
        output.WriteLine($"{runs:N0} operators, {pdf.Length / 1024} KB: refused in {clock.Elapsed.TotalMilliseconds:0} ms, {allocated / (1024 * 1024)} MB allocated; working set {before / (1024 * 1024)} → {after / (1024 * 1024)} MB");
        Assert.StartsWith("Tệp PDF bị từ chối: một luồng nội dung ở byte", reason, StringComparison.Ordinal);
        Assert.Contains("lệnh vẽ chữ (Tj/TJ)", reason, StringComparison.Ordinal);
        Assert.True(allocated < 32 * 1024 * 1024, $"{allocated} bytes allocated");
        Assert.True(after - before < 100 * 1024 * 1024, $"working set grew by {(after - before) / (1024 * 1024)} MB");
    }

    [Fact]
    public void A_page_of_more_glyphs_than_the_limit_is_refused_naming_the_page()
    {
        var dense = RawPdf.ManyOperators(20_000);

        Assert.Equal(
            "Tệp PDF bị từ chối: trang 1 vẽ 40.000 ký tự, vượt giới hạn 10.000 ký tự cho một trang",
            Refusal(dense, ReadLimits.Default with { MaxGlyphsPerPage = 10_000 }));
        Assert.StartsWith(
            "Tệp PDF bị từ chối: văn bản vượt giới hạn 30.000 ký tự cho một tệp",
            Refusal(dense, ReadLimits.Default with { MaxTextCharacters = 30_000 }),
            StringComparison.Ordinal);
        Assert.StartsWith(
            "Tệp PDF bị từ chối: một luồng nội dung",
            Refusal(dense, ReadLimits.Default with { MaxTextOperatorsPerStream = 19_999 }),
            StringComparison.Ordinal);
    }

    private static long SettledMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64;
    }

    [BenchFact]
    public void Five_hundred_pages_are_read_and_the_rate_reported()
    {
        var pdf = FiveHundredPages.Value;
        var clock = Stopwatch.StartNew();

        var document = Read(pdf);

        clock.Stop();
        output.WriteLine($"500 pages, {pdf.Length / 1024} KB: {clock.Elapsed.TotalSeconds:0.0} s, {500 / clock.Elapsed.TotalSeconds:0} pages/s, {document.Paragraphs.Count} paragraphs");
        Assert.Equal(500, document.PageCount);
        Assert.True(document.Paragraphs.Count > 2000);
        Assert.True(clock.Elapsed < ReadLimits.Default.Timeout, $"took {clock.Elapsed}");
    }

    [BenchFact]
    public void Page_time_allocation_and_size_limits_stop_a_large_pdf()
    {
        var pdf = FiveHundredPages.Value;

        Assert.Equal("Tệp PDF có 500 trang, vượt giới hạn 100 trang cho một tệp", Refusal(pdf, ReadLimits.Default with { MaxPages = 100 }));
        Assert.StartsWith("Quá thời gian: đọc tệp mất hơn 0 giây", Refusal(pdf, ReadLimits.Default with { Timeout = TimeSpan.FromMilliseconds(200) }), StringComparison.Ordinal);
        Assert.StartsWith("Vượt giới hạn bộ nhớ: đọc tệp đã cần hơn 50 MB", Refusal(pdf, ReadLimits.Default with { MaxAllocatedBytes = 50L * 1024 * 1024 }), StringComparison.Ordinal);
        Assert.StartsWith("Tệp quá lớn", Refusal(pdf, ReadLimits.Default with { MaxFileBytes = 100 * 1024 }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_whose_page_tree_contains_itself_is_read_once()
    {
        var looping = RawPdf.Build(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length 35 >>\nstream\nBT /F1 12 Tf 72 700 Td (Ke hoach) Tj ET\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

        Assert.Equal(["Ke hoach"], Read(looping).Paragraphs);
    }

    [Fact]
    public void Nesting_deeper_than_pdfpig_allows_is_refused_as_damaged()
    {
        var nested = RawPdf.Build($"<< /Type /Catalog /Pages 2 0 R /X {new string('[', 100_000)}{new string(']', 100_000)} >>", "<< /Type /Pages /Kids [] /Count 0 >>");

        Assert.StartsWith("Tệp PDF bị hỏng", Refusal(nested), StringComparison.Ordinal);
    }
}
