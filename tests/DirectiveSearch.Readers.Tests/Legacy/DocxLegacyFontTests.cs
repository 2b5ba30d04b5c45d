using static DirectiveSearch.Readers.Tests.Legacy.LegacyDocx;

namespace DirectiveSearch.Readers.Tests.Legacy;

/// <summary>Word files typed in legacy fonts, read through the real DocxReader.</summary>
public sealed class DocxLegacyFontTests
{
    [Fact]
    public void Tcvn3_runs_are_converted_by_their_font()
    {
        var document = Read(Build(
        [
            Paragraph(Run("§¶ng Céng s¶n ViÖt Nam", ".VnTime")),
            Paragraph(Run("Ban ChÊp hµnh Trung \u00AD¬ng", ".VnTime"), Run(" kho¸ XIII", ".VnTime")),
        ]));
        Assert.Equal(["Đảng Cộng sản Việt Nam", "Ban Chấp hành Trung ương khoá XIII"], document.Paragraphs);
        Assert.Equal(["Đã chuyển 3 đoạn chữ từ bảng mã cũ TCVN3 (ABC) sang Unicode (phông .VnTime)"], document.Notices);
    }

    [Fact]
    public void A_tcvn3_header_table_above_a_unicode_body_comes_out_right()
    {
        // The usual shape of an old plan re-edited: the header table kept from the TCVN3 original, the body retyped
        // in Unicode. Latin-1 letters of the Unicode body (à, á, ê, ô...) are also TCVN3 codes and must stay.
        var document = Read(Build(
        [
            Table(
                [Paragraph(Run("®¶ng bé khèi", ".VnTimeH")), Paragraph(Run("§¶ng céng s¶n viÖt nam", ".VnTimeH"))],
                [Paragraph(Run("Sè 28-KH/§UK", ".VnTime")), Paragraph(Run("Kú Lîi, ngµy 15 th¸ng 8 n¨m 2022", ".VnTime"))]),
            Paragraph(Run("KẾ HOẠCH", "Times New Roman")),
            Paragraph(Run("Thực hiện Kết luận số 21-KL/TW, Đảng ủy Khối xây dựng kế hoạch như sau:", "Times New Roman")),
            Paragraph(Run("Mục đích, yêu cầu: à á â ê ô", "Times New Roman")),
        ]));
        Assert.Equal(
        [
            "ĐẢNG BỘ KHỐI",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Số 28-KH/ĐUK",
            "Kỳ Lợi, ngày 15 tháng 8 năm 2022",
            "KẾ HOẠCH",
            "Thực hiện Kết luận số 21-KL/TW, Đảng ủy Khối xây dựng kế hoạch như sau:",
            "Mục đích, yêu cầu: à á â ê ô",
        ], document.Paragraphs);
        Assert.Equal(
        [
            "Đã chuyển 4 đoạn chữ từ bảng mã cũ TCVN3 (ABC) sang Unicode (phông .VnTime, .VnTimeH)",
        ], document.Notices);
    }

    [Fact]
    public void The_font_of_the_paragraph_style_or_the_document_defaults_is_used_when_the_run_names_none()
    {
        var document = Read(Build(
            [
                Paragraph(Run("ViÖt Nam")), // default paragraph style Normal, .VnTime
                Styled("Heading", Run("kÕ ho¹ch")), // based on Normal, .VnTimeH
                Styled("Plain", Run("Việt Nam ©")), // Times New Roman style over a .VnTime document default
                Paragraph(Run("Đảng ủy", "Arial")), // a run's own font wins over its style's
            ],
            defaultFont: ".VnTime",
            ("Normal", ".VnTime", null), ("Heading", ".VnTimeH", "Normal"), ("Plain", "Times New Roman", null)));
        Assert.Equal(["Việt Nam", "KẾ HOẠCH", "Việt Nam ©", "Đảng ủy"], document.Paragraphs);
    }

    [Fact]
    public void The_document_default_font_applies_without_any_style()
    {
        var document = Read(Build([Paragraph(Run("Céng hßa x· héi chñ nghÜa ViÖt Nam"))], defaultFont: ".VnTime"));
        Assert.Equal(["Cộng hòa xã hội chủ nghĩa Việt Nam"], document.Paragraphs);
    }

    [Fact]
    public void Vni_runs_are_converted_and_composed_even_when_a_mark_starts_the_next_run()
    {
        var document = Read(Build(
        [
            Paragraph(Run("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "VNI-Times")),
            Paragraph(Run("Ñaûng uûy Vie", "VNI-Times"), Run("ät", "VNI-Times")), // Word split the run between e and its mark
        ]));
        Assert.Equal(["Cộng hòa xã hội chủ nghĩa Việt Nam", "Đảng ủy Việt"], document.Paragraphs);
        Assert.All(document.Paragraphs, paragraph => Assert.True(paragraph.IsNormalized(System.Text.NormalizationForm.FormC)));
        Assert.Equal(["Đã chuyển 3 đoạn chữ từ bảng mã cũ VNI sang Unicode (phông VNI-Times)"], document.Notices);
    }

    [Fact]
    public void Unicode_text_left_in_a_legacy_font_by_a_converter_stays()
    {
        var document = Read(Build(
        [
            Paragraph(Run("Đảng bộ tỉnh", ".VnTime")),
            Paragraph(Run("hoà và chú ý", ".VnTime")),
        ]));
        Assert.Equal(["Đảng bộ tỉnh", "hoà và chú ý"], document.Paragraphs);
        Assert.Empty(document.Notices);
    }

    [Fact]
    public void A_unicode_document_is_never_converted()
    {
        var document = Read(Build(
        [
            Paragraph(Run("ĐẢNG CỘNG SẢN VIỆT NAM", "Times New Roman")),
            Paragraph(Run("Đảng ủy Khối; café, § 2, ©, naïve", "Times New Roman")),
            Paragraph(Run("Kế hoạch số 62-KH/ĐUK")),
        ]));
        Assert.Equal(["ĐẢNG CỘNG SẢN VIỆT NAM", "Đảng ủy Khối; café, § 2, ©, naïve", "Kế hoạch số 62-KH/ĐUK"], document.Paragraphs);
        Assert.Empty(document.Notices);
    }

    [Fact]
    public void A_damaged_styles_part_loses_the_inherited_font_not_the_document()
    {
        var docx = Build([Paragraph(Run("ViÖt Nam", ".VnTime")), Paragraph(Run("Việt Nam"))], defaultFont: ".VnTime");
        Assert.Contains("docDefaults", Tests.Docx.TestDocx.EntryText(docx, "word/styles.xml"), StringComparison.Ordinal);
        var damaged = Tests.Docx.TestDocx.WithEntry(docx, "word/styles.xml", "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style");
        Assert.Equal(["Việt Nam", "Việt Nam"], Read(damaged).Paragraphs);
    }
}
