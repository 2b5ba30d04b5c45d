using DirectiveSearch.Readers.Pdf;
using static DirectiveSearch.Readers.Tests.Pdf.TestPdf;

namespace DirectiveSearch.Readers.Tests.Pdf;

/// <summary>What happens across pages: running headers, page numbers, text-less (scanned) pages and OCR.</summary>
public sealed class PdfReaderPagesTests
{
    private const string Header = "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH HÀ TĨNH";
    private const string FirstPage =
        "Trên đây là kế hoạch tổ chức nghiên cứu, học tập, quán triệt và triển khai thực hiện kết luận, quy định của Hội nghị " +
        "Trung ương 4 khóa XIII; tổ chức sinh hoạt chính trị về xây dựng, chỉnh đốn Đảng và hệ thống chính trị.";
    private const string LastPage = "Đảng ủy Sở đề nghị cấp ủy các chi bộ triển khai thực hiện nghiêm túc.";

    private const string Dangling = "Thực hiện Kế hoạch số 53-KH/ĐUK ngày 01/3/2022 của Đảng ủy Khối các cơ quan";

    private static ExtractedDocument Read(byte[] pdf, FakePageOcr? ocr = null, bool ocrEnabled = true) =>
        new PdfReader(ocr).Read(new MemoryStream(pdf), new ReadOptions("test.pdf", ocrEnabled));

    [Fact]
    public void Drops_running_headers_footers_and_page_numbers_and_joins_a_paragraph_across_the_page_break()
    {
        var pdf = new TestPdf();
        for (var number = 1; number <= 3; number++)
        {
            var page = pdf.Page();
            if (number > 1)
                page.Centered(number.ToString());
            page.At(Header, TestPdfPage.Left, 800, size: 9);
            page.At($"Kế hoạch số 28-KH/ĐUK - Trang {number}/3", TestPdfPage.Left, 40, size: 9);
            page.Y = 740;
            switch (number)
            {
                case 1:
                    page.Paragraph(FirstPage).Space(8)
                        .Justified("- Cấp ủy các chi bộ căn cứ Kế hoạch này triển khai, quán triệt thực hiện phù hợp")
                        .Justified("với điều kiện thực tiễn của chi bộ một cách nghiêm túc, thiết thực, hiệu quả và");
                    break;
                case 2:
                    page.Justified("an toàn; tổ chức đợt sinh hoạt chính trị sâu rộng, tạo chuyển biến tích cực tại")
                        .Line("chi bộ về xây dựng, chỉnh đốn Đảng và hệ thống chính trị.");
                    break;
                default:
                    page.Paragraph(LastPage);
                    break;
            }
        }

        var document = Read(pdf.Bytes());

        Assert.Equal(AllShown(
            FirstPage,
            "- Cấp ủy các chi bộ căn cứ Kế hoạch này triển khai, quán triệt thực hiện phù hợp với điều kiện thực tiễn của chi bộ một cách nghiêm túc, thiết thực, hiệu quả và " +
            "an toàn; tổ chức đợt sinh hoạt chính trị sâu rộng, tạo chuyển biến tích cực tại chi bộ về xây dựng, chỉnh đốn Đảng và hệ thống chính trị.",
            LastPage),
            document.Paragraphs);
        Assert.Equal(3, document.PageCount);
        Assert.Empty(document.OcrPages);
    }

    [Fact]
    public void Keeps_the_headers_of_one_page_documents_bound_in_one_file()
    {
        var pdf = new TestPdf();
        var expected = new List<string>();
        for (var number = 1; number <= 3; number++)
        {
            var body = $"Ban Thường vụ Đảng ủy Khối thông báo kết quả kỳ họp thứ {number} năm 2022 đến các chi bộ, đảng bộ cơ sở trực thuộc để quán triệt.";
            pdf.Page()
                .Row(("ĐẢNG BỘ TỈNH HÀ TĨNH", 160), ("ĐẢNG CỘNG SẢN VIỆT NAM", 400))
                .Row(("ĐẢNG ỦY KHỐI CÁC CƠ QUAN", 160))
                .Row(($"Số {20 + number}-TB/ĐUK", 160), ($"Hà Tĩnh, ngày {10 + number} tháng 8 năm 2022", 400))
                .Space(10)
                .Centered("THÔNG BÁO")
                .Paragraph(body);
            expected.AddRange(AllShown(
                "ĐẢNG BỘ TỈNH HÀ TĨNH", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN", $"Số {20 + number}-TB/ĐUK",
                "ĐẢNG CỘNG SẢN VIỆT NAM", $"Hà Tĩnh, ngày {10 + number} tháng 8 năm 2022", "THÔNG BÁO", body));
        }

        Assert.Equal(expected, Read(pdf.Bytes()).Paragraphs);
    }

    [Fact]
    public void Splices_ocr_text_of_a_scanned_page_in_page_order()
    {
        var ocr = new FakePageOcr(new Dictionary<int, IReadOnlyList<string>> { [2] = ["Trang quét một", "Trang quét hai"] });

        var document = Read(MixedPdf(), ocr);

        Assert.Equal([.. AllShown(FirstPage, Dangling), "Trang quét một", "Trang quét hai", .. AllShown(LastPage)], document.Paragraphs);
        Assert.Equal([2], document.OcrPages);
        Assert.Equal([2], Assert.Single(ocr.Requests));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(ocr.LastPdf!, 0, 4));
        Assert.Equal(3, document.PageCount);
    }

    [Fact]
    public void Keeps_the_text_pages_when_ocr_is_missing_disabled_or_failing()
    {
        var expected = AllShown(FirstPage, Dangling, LastPage);
        var unused = new FakePageOcr(new Dictionary<int, IReadOnlyList<string>> { [2] = ["không được dùng"] });

        var withoutOcr = Read(MixedPdf());
        var disabled = Read(MixedPdf(), unused, ocrEnabled: false);
        var failing = Read(MixedPdf(), new FakePageOcr(new Dictionary<int, IReadOnlyList<string>>(), fails: true));

        Assert.All([withoutOcr, disabled, failing], document =>
        {
            Assert.Equal(expected, document.Paragraphs);
            Assert.Empty(document.OcrPages);
        });
        Assert.Empty(unused.Requests);
    }

    [Fact]
    public void Reads_an_all_scanned_pdf_through_ocr()
    {
        var ocr = new FakePageOcr(new Dictionary<int, IReadOnlyList<string>> { [1] = ["KẾ HOẠCH"], [2] = ["Nơi nhận:", "- Lưu VP."] });

        var document = Read(ScannedPdf(pages: 2), ocr);

        Assert.Equal(["KẾ HOẠCH", "Nơi nhận:", "- Lưu VP."], document.Paragraphs);
        Assert.Equal([1, 2], document.OcrPages);
    }

    [Theory]
    [InlineData(false, true, "không có công cụ OCR")]
    [InlineData(true, false, "OCR đang tắt")]
    public void Refuses_an_all_scanned_pdf_that_cannot_be_ocred(bool hasOcr, bool ocrEnabled, string reasonPart)
    {
        var ocr = hasOcr ? new FakePageOcr(new Dictionary<int, IReadOnlyList<string>>()) : null;

        var error = Assert.Throws<DocumentReadException>(() => Read(ScannedPdf(pages: 2), ocr, ocrEnabled));

        Assert.Contains("không có lớp văn bản", error.Message, StringComparison.Ordinal);
        Assert.Contains(reasonPart, error.Message, StringComparison.Ordinal);
        Assert.Empty(ocr?.Requests ?? []);
    }

    [Fact]
    public void Refuses_an_all_scanned_pdf_when_ocr_finds_nothing()
    {
        var ocr = new FakePageOcr(new Dictionary<int, IReadOnlyList<string>> { [1] = [" "] });

        var error = Assert.Throws<DocumentReadException>(() => Read(ScannedPdf(pages: 1), ocr));

        Assert.Contains("OCR không nhận dạng được", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passes_on_the_reason_when_ocr_of_an_all_scanned_pdf_fails()
    {
        var ocr = new FakePageOcr(new Dictionary<int, IReadOnlyList<string>>(), fails: true);

        var error = Assert.Throws<DocumentReadException>(() => Read(ScannedPdf(pages: 1), ocr));

        Assert.Equal("Không tìm thấy Tesseract", error.Message);
    }

    // Page 1 ends in a full line that would run on, page 2 is a scan, page 3 has text: the scan stops the paragraph.
    private static byte[] MixedPdf()
    {
        var pdf = new TestPdf();
        pdf.Page()
            .Paragraph(FirstPage).Space(8)
            .Justified(Dangling);
        pdf.Page().Rectangle();
        pdf.Page().Paragraph(LastPage);
        return pdf.Bytes();
    }

    // A page whose only "text" is spaces counts as having no text layer.
    private static byte[] ScannedPdf(int pages)
    {
        var pdf = new TestPdf();
        pdf.Page().Rectangle().At("     ", 100, 100);
        for (var number = 2; number <= pages; number++)
            pdf.Page().Rectangle();
        return pdf.Bytes();
    }
}
