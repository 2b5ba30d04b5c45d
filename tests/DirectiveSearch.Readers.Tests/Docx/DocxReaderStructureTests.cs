using DocumentFormat.OpenXml.Wordprocessing;
using static DirectiveSearch.Readers.Tests.Docx.TestDocx;

namespace DirectiveSearch.Readers.Tests.Docx;

/// <summary>Where text sits in a Word file and the order it comes out in: tables, text boxes, notes.</summary>
public sealed class DocxReaderStructureTests
{
    [Fact]
    public void Reads_a_header_table_cell_by_cell_row_by_row_left_to_right()
    {
        var docx = FromBody(
            Table(
                [Paragraph("ĐẢNG BỘ TỈNH QUẢNG NINH"), Paragraph("ĐẢNG CỘNG SẢN VIỆT NAM")],
                [Paragraph("Số 28-KH/ĐUK"), Paragraph("Kỳ Lợi, ngày 15 tháng 8 năm 2022")]),
            Paragraph("KẾ HOẠCH"));

        Assert.Equal(
            ["ĐẢNG BỘ TỈNH QUẢNG NINH", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 28-KH/ĐUK", "Kỳ Lợi, ngày 15 tháng 8 năm 2022", "KẾ HOẠCH"],
            DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Gives_each_paragraph_of_a_cell_and_skips_empty_cells()
    {
        var docx = FromBody(Table(
            [new TableCell(Paragraph("ĐẢNG BỘ TỈNH"), Paragraph("ĐẢNG ỦY KHỐI"), Paragraph("*")), new TableCell(new Paragraph())],
            [new TableCell(Paragraph("Số 62-KH/ĐUK")), new TableCell(Paragraph("ngày 15/8/2022"))]));

        Assert.Equal(["ĐẢNG BỘ TỈNH", "ĐẢNG ỦY KHỐI", "*", "Số 62-KH/ĐUK", "ngày 15/8/2022"], DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Reads_a_table_nested_in_a_cell_where_it_stands()
    {
        var docx = FromBody(Table(
            [new TableCell(
                Paragraph("trước"),
                Table([Paragraph("a1"), Paragraph("a2")], [Paragraph("b1"), Paragraph("b2")]),
                Paragraph("sau")),
             new TableCell(Paragraph("ô phải"))]));

        Assert.Equal(["trước", "a1", "a2", "b1", "b2", "sau", "ô phải"], DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Reads_a_text_box_once_after_the_paragraph_that_anchors_it()
    {
        const string box = "<w:txbxContent><w:p><w:r><w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r></w:p><w:p><w:r><w:t>Số 28-KH/ĐUK</w:t></w:r></w:p></w:txbxContent>";
        var docx = FromBodyXml(
            "<w:p><w:r><w:t>ĐẢNG BỘ TỈNH</w:t></w:r><w:r><mc:AlternateContent>"
            + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
            + $"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
            + $"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
            + "</mc:AlternateContent></w:r></w:p>"
            + "<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>");

        Assert.Equal(["ĐẢNG BỘ TỈNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 28-KH/ĐUK", "KẾ HOẠCH"], DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Reads_an_old_style_vml_text_box_even_in_an_otherwise_empty_paragraph()
    {
        var docx = FromBodyXml(
            "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>T/M BAN THƯỜNG VỤ</w:t></w:r></w:p>"
            + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>");

        Assert.Equal(["T/M BAN THƯỜNG VỤ"], DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Appends_footnotes_then_endnotes_after_the_body_without_separators()
    {
        var docx = WithNotes(
            "<w:p><w:r><w:t>Thực hiện Kết luận số 21-KL/TW</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> và Quy định 37-QĐ/TW</w:t></w:r><w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p>"
            + "<w:p><w:r><w:t>Nơi nhận:</w:t></w:r></w:p>",
            footnotes: ["Ngày 25/10/2021 của Ban Chấp hành Trung ương.", "Chú thích hai."],
            endnotes: ["Về những điều đảng viên không được làm."]);

        Assert.Equal(
            [
                "Thực hiện Kết luận số 21-KL/TW và Quy định 37-QĐ/TW", "Nơi nhận:",
                " Ngày 25/10/2021 của Ban Chấp hành Trung ương.", " Chú thích hai.", " Về những điều đảng viên không được làm.",
            ],
            DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Reads_a_document_made_only_of_a_table()
    {
        var docx = FromBody(Table([Paragraph("T/M BAN THƯỜNG VỤ"), Paragraph("PHÓ BÍ THƯ")]));

        Assert.Equal(["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], DocxText.Paragraphs(docx));
    }
}
