using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static DirectiveSearch.Readers.Tests.Docx.WordFile;

namespace DirectiveSearch.Readers.Tests.Docx;

public sealed class DocxReaderTests
{
    [Fact]
    public void A_word_split_across_runs_stays_one_word()
    {
        var paragraphs = Read(With(Para(Run("Ban Thường vụ Đả"), Run("ng"), Run(" ủy Khối"))));
        Assert.Equal(["Ban Thường vụ Đảng ủy Khối"], paragraphs);
    }

    [Fact]
    public void A_header_table_is_read_cell_by_cell_row_by_row()
    {
        var header = Table(
            Row(Cell("ĐẢNG BỘ TỈNH QUẢNG NAM", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "*"), Cell("ĐẢNG CỘNG SẢN VIỆT NAM")),
            Row(Cell("Số 28-KH/ĐUK"), Cell("Kỳ Lợi, ngày 15 tháng 8 năm 2022")));
        var paragraphs = Read(With(header, Para("KẾ HOẠCH")));
        Assert.Equal(
        [
            "ĐẢNG BỘ TỈNH QUẢNG NAM", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Số 28-KH/ĐUK", "Kỳ Lợi, ngày 15 tháng 8 năm 2022", "KẾ HOẠCH",
        ], paragraphs);
    }

    [Fact]
    public void Nested_tables_keep_document_order()
    {
        var inner = Table(Row(Cell("b1"), Cell("b2")));
        var outer = Table(Row(new TableCell(Para("a"), inner, Para("c")), Cell("d")));
        Assert.Equal(["a", "b1", "b2", "c", "d"], Read(With(outer)));
    }

    [Fact]
    public void Soft_line_breaks_tabs_and_hyphens_are_kept_as_text()
    {
        var paragraph = Para(new Run(
            new Text("T/M BAN THƯỜNG VỤ"), new Break(), new Text("PHÓ BÍ THƯ"), new TabChar(), new Text("x"),
            new NoBreakHyphen(), new Text("y"), new SoftHyphen(), new Text("z"), new Break { Type = BreakValues.Page }));
        Assert.Equal(["T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\tx-yz"], Read(With(paragraph)));
    }

    [Fact]
    public void Deleted_revisions_are_ignored_and_inserted_ones_kept()
    {
        var paragraph = Para(
            Run("Thực hiện Kết luận số "),
            new DeletedRun(new Run(new DeletedText("01-KL/TW"))) { Author = "a", Id = "1" },
            new InsertedRun(Run("21-KL/TW")) { Author = "a", Id = "2" },
            Run(" của Bộ Chính trị"));
        Assert.Equal(["Thực hiện Kết luận số 21-KL/TW của Bộ Chính trị"], Read(With(paragraph)));
    }

    [Fact]
    public void Field_instructions_are_skipped_and_results_kept()
    {
        var paragraph = Para(
            Run("Trang "),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Run("3"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        Assert.Equal(["Trang 3"], Read(With(paragraph)));
    }

    [Fact]
    public void Text_boxes_are_read_once_and_footnotes_at_the_end()
    {
        // As Word writes a text box: DrawingML in the Choice, the same text again as VML in the Fallback.
        var drawingBox = new Drawing(new DocumentFormat.OpenXml.Drawing.Wordprocessing.Anchor(
            new DocumentFormat.OpenXml.Drawing.Graphic(new DocumentFormat.OpenXml.Drawing.GraphicData(
                new DocumentFormat.OpenXml.Office2010.Word.DrawingShape.WordprocessingShape(
                    new DocumentFormat.OpenXml.Office2010.Word.DrawingShape.TextBoxInfo2(new TextBoxContent(Para("Nội dung trong khung")))))
            { Uri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape" })));
        var vmlBox = new Picture(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(Para("Nội dung trong khung")))));
        var alternate = new AlternateContent(
            new AlternateContentChoice(new Run(drawingBox)) { Requires = "wps" },
            new AlternateContentFallback(new Run(vmlBox)));
        var footnotes = new Footnotes(
            new Footnote(Para("separator")) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(Para("Ghi chú: theo Hướng dẫn số 27-HD/BTG.")) { Id = 1 });
        var paragraphs = Read(With([Para(Run("Đoạn có khung")), Para(alternate), Para("   "), Para("Đoạn cuối")], footnotes));
        Assert.Equal(["Đoạn có khung", "Nội dung trong khung", "Đoạn cuối", "Ghi chú: theo Hướng dẫn số 27-HD/BTG."], paragraphs);
    }

    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "empty", [], "rỗng" },
        { "text renamed .docx", Encoding.UTF8.GetBytes("Kế hoạch này là văn bản thuần."), "không phải DOCX" },
        { "random bytes", [0x13, 0x37, 0x00, 0xFF, 0x42], "không phải DOCX" },
        { "ole (encrypted or .doc)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "mã hóa" },
        { "zip without document.xml", ZipWith("word/other.xml"), "thiếu word/document.xml" },
        { "truncated zip", With(Para("Kế hoạch"))[..200], "hỏng" },
        { "no text", With(Para("  ")), "không có nội dung" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Bad_files_are_refused_with_a_reason(string name, byte[] bytes, string reasonPart)
    {
        var error = Assert.Throws<DocumentReadException>(() => Read(bytes));
        Assert.True(error.Message.Contains(reasonPart, StringComparison.Ordinal), $"{name}: {error.Message}");
    }

    private static byte[] ZipWith(string entryName)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
            writer.Write("<x/>");
        }

        return stream.ToArray();
    }
}
