using System.Text;
using DirectiveSearch.Readers.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static DirectiveSearch.Readers.Tests.Docx.TestDocx;

namespace DirectiveSearch.Readers.Tests.Docx;

/// <summary>Files the reader refuses, each with a reason naming the problem; and streams it accepts.</summary>
public sealed class DocxReaderErrorTests
{
    private const string NotDocx = "Tệp không phải DOCX hợp lệ (không phải gói ZIP/Office Open XML)";

    public static TheoryData<string, byte[], string> NotWordPackages() => new()
    {
        { "zero bytes", [], "Tệp rỗng (0 byte)" },
        { "text renamed .docx", Encoding.UTF8.GetBytes("KẾ HOẠCH thực hiện Kết luận số 21-KL/TW"), NotDocx },
        { "random bytes", RandomBytes(4096), NotDocx },
        { "old .doc or encrypted .docx (OLE)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "Tệp Word được mã hóa hoặc là định dạng .doc cũ" },
        { "zip without word/document.xml", TestZip.Of(("ke-hoach.txt", "KẾ HOẠCH")), "thiếu word/document.xml" },
        { "empty zip", TestZip.Of(), "thiếu word/document.xml" },
        { "pdf renamed .docx", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n"), "đây là tệp PDF" },
        { "rtf renamed .docx", Encoding.ASCII.GetBytes(@"{\rtf1\ansi Ke hoach}"), "đây là tệp RTF" },
        { "xlsx renamed .docx", TestZip.Of(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")), "bảng tính Excel" },
    };

    [Theory]
    [MemberData(nameof(NotWordPackages))]
    public void Refuses_what_is_not_a_word_package_and_says_what_is_wrong(string name, byte[] bytes, string reasonPart)
    {
        var reason = DocxText.Refusal(bytes);

        Assert.True(reason.Contains(reasonPart, StringComparison.Ordinal), $"{name}: {reason}");
    }

    [Fact]
    public void Names_a_spreadsheet_or_a_presentation_renamed_to_docx()
    {
        using var workbook = new MemoryStream();
        using (var spreadsheet = SpreadsheetDocument.Create(workbook, SpreadsheetDocumentType.Workbook))
            spreadsheet.AddWorkbookPart().Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
        using var slides = new MemoryStream();
        using (var presentation = PresentationDocument.Create(slides, PresentationDocumentType.Presentation))
            presentation.AddPresentationPart().Presentation = new DocumentFormat.OpenXml.Presentation.Presentation();

        Assert.Contains("bảng tính Excel", DocxText.Refusal(workbook.ToArray()), StringComparison.Ordinal);
        Assert.Contains("PowerPoint", DocxText.Refusal(slides.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_office_package_whose_main_document_is_missing()
    {
        var docx = WithEntry(FromBody(Paragraph("KẾ HOẠCH")), "word/document.xml", content: null);

        Assert.Contains("word/document.xml", DocxText.Refusal(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_main_document_stored_under_another_name_and_names_it_when_missing()
    {
        var docx = FromBody(Paragraph("KẾ HOẠCH"));
        var document = EntryText(docx, "word/document.xml");
        var renamed = WithEntry(WithEntry(WithEntry(WithEntry(docx,
            "word/document.xml", content: null),
            "word/document2.xml", document),
            "[Content_Types].xml", EntryText(docx, "[Content_Types].xml").Replace("/word/document.xml", "/word/document2.xml", StringComparison.Ordinal)),
            "_rels/.rels", EntryText(docx, "_rels/.rels").Replace("word/document.xml", "word/document2.xml", StringComparison.Ordinal));

        Assert.Equal(["KẾ HOẠCH"], DocxText.Paragraphs(renamed));
        Assert.Equal(
            "Tệp DOCX bị hỏng: thiếu phần nội dung chính word/document2.xml",
            DocxText.Refusal(WithEntry(renamed, "word/document2.xml", content: null)));
    }

    [Fact]
    public void Refuses_a_document_whose_xml_is_broken_and_names_the_part()
    {
        var docx = WithEntry(FromBody(Paragraph("KẾ HOẠCH")), "word/document.xml",
            $"<w:document {Namespaces}><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:r></w:p></w:body></w:document>");

        var reason = DocxText.Refusal(docx);

        Assert.StartsWith("Tệp DOCX bị hỏng", reason, StringComparison.Ordinal);
        Assert.Contains("word/document.xml", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_document_whose_relationships_point_to_a_missing_part()
    {
        var docx = WithEntry(FromBody(Paragraph("KẾ HOẠCH")), "word/_rels/document.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/image1.png\"/>"
            + "</Relationships>");

        Assert.Equal("Tệp DOCX bị hỏng: gói tham chiếu tới một thành phần không có trong tệp", DocxText.Refusal(docx));
    }

    [Fact]
    public void Refuses_a_package_whose_content_types_are_broken()
    {
        var docx = WithEntry(FromBody(Paragraph("KẾ HOẠCH")), "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default");

        Assert.StartsWith("Tệp DOCX bị hỏng: nội dung XML của phần mô tả gói", DocxText.Refusal(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_package_whose_relationships_xml_is_broken()
    {
        var docx = WithEntry(FromBody(Paragraph("KẾ HOẠCH")), "word/_rels/document.xml.rels", "<Relationships");

        Assert.StartsWith("Tệp DOCX bị hỏng: nội dung XML của phần mô tả gói", DocxText.Refusal(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_truncated_docx_as_damaged()
    {
        var docx = FromBody(Paragraph("KẾ HOẠCH"));

        Assert.StartsWith("Tệp DOCX bị hỏng", DocxText.Refusal(docx[..(docx.Length / 2)]), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_document_without_any_text()
    {
        var docx = FromBody(new Paragraph(), Paragraph("  "), Table([new Paragraph(), new Paragraph()]));

        Assert.Equal("Tài liệu không có nội dung văn bản", DocxText.Refusal(docx));
    }

    [Fact]
    public void Refuses_an_entry_that_would_inflate_past_200_megabytes_before_opening_it()
    {
        var docx = TestZip.Declaring(FromBody(Paragraph("KẾ HOẠCH")), 201L * 1024 * 1024, "word/document.xml");

        var reason = DocxText.Refusal(docx);

        Assert.Contains("word/document.xml", reason, StringComparison.Ordinal);
        Assert.Contains("zip bomb", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_package_that_would_inflate_past_500_megabytes_in_all()
    {
        var docx = TestZip.Declaring(
            FromBody(Paragraph("KẾ HOẠCH")), 190L * 1024 * 1024, "word/document.xml", "[Content_Types].xml", "_rels/.rels");

        var reason = DocxText.Refusal(docx);

        Assert.Contains("tổng cộng 570 MB", reason, StringComparison.Ordinal);
        Assert.Contains("zip bomb", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_stream_that_cannot_seek()
    {
        var docx = FromBody(Paragraph("KẾ HOẠCH"));

        var document = new DocxReader().Read(new ForwardOnlyStream(docx), ReadOptions.For("test.docx"));

        Assert.Equal(["KẾ HOẠCH"], document.Paragraphs);
    }

    [Fact]
    public void Reads_from_the_current_position_of_a_stream_leaves_it_open_and_names_its_format()
    {
        var reader = new DocxReader();
        var stream = new MemoryStream([.. "junk"u8, .. FromBody(Paragraph("KẾ HOẠCH"))]) { Position = 4 };

        var document = reader.Read(stream, ReadOptions.For("test.docx"));

        Assert.Equal("docx", reader.Format);
        Assert.Equal(["KẾ HOẠCH"], document.Paragraphs);
        Assert.True(stream.CanRead);
    }

    [Fact]
    public void Leaves_a_seekable_stream_it_read_in_place_open()
    {
        var stream = new MemoryStream(FromBody(Paragraph("KẾ HOẠCH")));

        new DocxReader().Read(stream, ReadOptions.For("test.docx"));

        Assert.True(stream.CanRead);
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(21).NextBytes(bytes);
        return bytes;
    }
}
