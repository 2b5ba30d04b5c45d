using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using static DirectiveSearch.Readers.Tests.Docx.TestDocx;

namespace DirectiveSearch.Readers.Tests.Docx;

/// <summary>What the characters of a paragraph become: runs, breaks, hyphens, fields, tracked changes.</summary>
public sealed class DocxReaderTextTests
{
    [Fact]
    public void Glues_a_word_that_Word_split_across_runs()
    {
        var docx = FromBody(Paragraph("Đả", "ng", " Cộng sản ", "Việt", " Nam"));

        Assert.Equal(["Đảng Cộng sản Việt Nam"], DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Gives_one_string_per_paragraph_in_order_and_skips_empty_ones()
    {
        var docx = FromBody(
            Paragraph("KẾ HOẠCH"),
            new Paragraph(),
            Paragraph("   ", "\t"),
            Paragraph("thực hiện Kết luận số 21-KL/TW"));

        Assert.Equal(["KẾ HOẠCH", "thực hiện Kết luận số 21-KL/TW"], DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Turns_line_breaks_into_newlines_tabs_into_tabs_and_page_breaks_into_nothing()
    {
        var docx = FromBodyXml(
            "<w:p><w:r><w:t>Nơi nhận:</w:t><w:br/><w:t>- Như trên,</w:t><w:cr/><w:t>- Lưu.</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Số 28-KH/ĐUK</w:t><w:tab/><w:t>Kỳ Lợi</w:t><w:ptab w:relativeTo=\"margin\" w:alignment=\"right\" w:leader=\"none\"/><w:t>2022</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>trang một</w:t><w:br w:type=\"page\"/><w:t> trang hai</w:t><w:lastRenderedPageBreak/></w:r></w:p>"
            + "<w:p><w:r><w:t>cột một</w:t><w:br w:type=\"column\"/><w:t>cột hai</w:t><w:br w:type=\"textWrapping\"/></w:r></w:p>");

        Assert.Equal(
            ["Nơi nhận:\n- Như trên,\n- Lưu.", "Số 28-KH/ĐUK\tKỳ Lợi\t2022", "trang một trang hai", "cột một\ncột hai\n"],
            DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Writes_a_non_breaking_hyphen_drops_a_soft_hyphen_and_ignores_symbols()
    {
        var docx = FromBodyXml(
            "<w:p><w:r><w:t>Covid</w:t><w:noBreakHyphen/><w:t>19 chỉnh đốn</w:t><w:softHyphen/><w:t>Đảng</w:t>"
            + "<w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r></w:p>");

        Assert.Equal(["Covid-19 chỉnh đốnĐảng"], DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Reads_tracked_changes_as_the_document_now_stands()
    {
        var docx = FromBodyXml(
            "<w:p><w:r><w:t xml:space=\"preserve\">Kế hoạch số </w:t></w:r>"
            + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>49</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t>52</w:t></w:r></w:ins>"
            + "<w:r><w:t>-KH/ĐUK</w:t></w:r>"
            + "<w:moveFrom w:id=\"3\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\"> (chuyển đi)</w:t></w:r></w:moveFrom>"
            + "<w:moveTo w:id=\"4\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\"> ngày 15/8/2022</w:t></w:r></w:moveTo></w:p>"
            + "<w:p><w:del w:id=\"5\" w:author=\"A\"><w:r><w:delText>Đoạn đã xóa hẳn</w:delText></w:r></w:del></w:p>");

        Assert.Equal(["Kế hoạch số 52-KH/ĐUK ngày 15/8/2022"], DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Keeps_a_field_result_and_skips_its_instruction()
    {
        var docx = FromBodyXml(
            "<w:p><w:r><w:t xml:space=\"preserve\">Xem </w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> REF _Ref1 \\h </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>mục II.3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\">, trang </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>4</w:t></w:r></w:fldSimple></w:p>");

        Assert.Equal(["Xem mục II.3, trang 4"], DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Hides_the_result_of_a_field_nested_in_another_fields_instruction()
    {
        var docx = FromBodyXml(
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/><w:instrText xml:space=\"preserve\"> IF </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/><w:instrText> MERGEFIELD loai </w:instrText><w:fldChar w:fldCharType=\"separate\"/>"
            + "<w:t>«loai»</w:t><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> = \"KH\" \"Kế hoạch\" \"\" </w:instrText><w:fldChar w:fldCharType=\"separate\"/>"
            + "<w:t>Kế hoạch</w:t><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");

        Assert.Equal(["Kế hoạch"], DocxText.Paragraphs(docx));
    }

    [Fact]
    public void A_field_left_open_by_a_damaged_file_hides_nothing_past_its_paragraph()
    {
        var docx = FromBodyXml(
            "<w:p><w:r><w:t xml:space=\"preserve\">Trước </w:t><w:fldChar w:fldCharType=\"begin\"/><w:instrText>PAGE</w:instrText></w:r></w:p>"
            + "<w:p><w:r><w:t>Đoạn sau</w:t></w:r></w:p>");

        Assert.Equal(["Trước ", "Đoạn sau"], DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Keeps_text_exactly_without_normalizing_it()
    {
        var decomposed = "Đảng ủy".Normalize(NormalizationForm.FormD);
        var docx = FromBody(Paragraph("  " + decomposed + " "));

        Assert.Equal(["  " + decomposed + " "], DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Reads_content_controls_but_not_their_placeholder_text()
    {
        var docx = FromBodyXml(
            "<w:sdt><w:sdtPr><w:alias w:val=\"Số\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Số 28-KH/ĐUK</w:t></w:r></w:p></w:sdtContent></w:sdt>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">Ngày </w:t></w:r><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr>"
            + "<w:sdtContent><w:r><w:t>Click or tap to enter a date.</w:t></w:r></w:sdtContent></w:sdt>"
            + "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>15/8/2022</w:t></w:r></w:sdtContent></w:sdt></w:p>");

        Assert.Equal(["Số 28-KH/ĐUK", "Ngày 15/8/2022"], DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Reads_hyperlink_text_and_the_base_of_ruby_text()
    {
        var docx = FromBodyXml(
            "<w:p><w:hyperlink w:anchor=\"muc2\"><w:r><w:t>mục II</w:t></w:r></w:hyperlink>"
            + "<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val=\"center\"/><w:hps w:val=\"10\"/><w:hpsRaise w:val=\"20\"/><w:hpsBaseText w:val=\"26\"/><w:lid w:val=\"vi-VN\"/></w:rubyPr>"
            + "<w:rt><w:r><w:t>chú âm</w:t></w:r></w:rt><w:rubyBase><w:r><w:t xml:space=\"preserve\"> Đảng</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>");

        Assert.Equal(["mục II Đảng"], DocxText.Paragraphs(docx));
    }

    [Fact]
    public void Typed_runs_built_with_the_sdk_read_the_same_as_markup()
    {
        var docx = FromBody(new Paragraph(
            new Run(new Text("Đ")), new Run(new Text("ảng"), new TabChar(), new Text("ủy"), new Break(), new Text("Khối"))));

        Assert.Equal(["Đảng\tủy\nKhối"], DocxText.Paragraphs(docx));
    }
}
