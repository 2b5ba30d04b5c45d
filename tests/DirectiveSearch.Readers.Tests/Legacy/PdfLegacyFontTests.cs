using DirectiveSearch.Readers.Pdf;

namespace DirectiveSearch.Readers.Tests.Legacy;

/// <summary>PDFs whose text is drawn in legacy fonts, read through the real <see cref="PdfReader"/>.</summary>
public sealed class PdfLegacyFontTests
{
    // VNI's mark characters: the font draws them over the letter before, with no advance of their own.
    private const string VniMarks = "øùûõïâêáàåãäéèúüëØÙÛÕÏÂÊÁÀÅÃÄÉÈÚÜË";

    private static ExtractedDocument Read(byte[] pdf) =>
        new PdfReader().Read(new MemoryStream(pdf, writable: false), ReadOptions.For("test.pdf"));

    [Fact]
    public void Tcvn3_lines_are_converted_by_the_subset_fonts_base_name()
    {
        var pdf = LegacyFontPdf.Write(
        [
            ("ABCDEF+.VnTimeH", "§¶ng bé tØnh"),
            ("ABCDEF+.VnTime", "Ban ChÊp hµnh Trung \u00AD¬ng §¶ng"),
            ("GHIJKL+.VnTime,Bold", "Céng hßa x· héi chñ nghÜa ViÖt Nam"),
        ]);
        var document = Read(pdf);
        Assert.Equal(["ĐẢNG BỘ TỈNH", "Ban Chấp hành Trung ương Đảng", "Cộng hòa xã hội chủ nghĩa Việt Nam"], document.Paragraphs);
        Assert.Equal(["Đã chuyển 23 ký tự từ bảng mã cũ TCVN3 (ABC) sang Unicode (phông .VnTime, .VnTime,Bold, .VnTimeH)"], document.Notices);
    }

    [Fact]
    public void Vni_marks_drawn_as_glyphs_of_their_own_join_their_letters()
    {
        var pdf = LegacyFontPdf.Write(
            [("VNI-Times", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"), ("VNI-Times", "Ñaûng uûy khoái")],
            zeroWidth: VniMarks);
        var document = Read(pdf);
        Assert.Equal(["Cộng hòa xã hội chủ nghĩa Việt Nam", "Đảng ủy khối"], document.Paragraphs);
        Assert.Equal(["Đã chuyển 11 ký tự từ bảng mã cũ VNI sang Unicode (phông VNI-Times)"], document.Notices);
    }

    [Fact]
    public void Text_in_other_fonts_is_never_converted()
    {
        // Latin-1 letters in a Western font: TCVN3 would read "café crème" as "cafĐ crỉme".
        var pdf = LegacyFontPdf.Write([("Helvetica", "café crème, naïve"), ("ABCDEF+TimesNewRomanPSMT", "Hanoi § 2")]);
        var document = Read(pdf);
        Assert.Equal(["café crème, naïve", "Hanoi § 2"], document.Paragraphs);
        Assert.Empty(document.Notices);
    }

    [Fact]
    public void A_mixed_page_converts_the_legacy_line_only()
    {
        var pdf = LegacyFontPdf.Write([(".VnTime", "ViÖt Nam"), ("Helvetica", "Viet Nam ©")]);
        Assert.Equal(["Việt Nam", "Viet Nam ©"], Read(pdf).Paragraphs);
    }

    [Fact]
    public void Without_a_tounicode_map_tcvn3_u_horn_read_as_a_hyphen_is_restored()
    {
        // WinAnsi names 0xAD "hyphen": PdfPig reports TCVN3's ư as "-", and only the syllables tell it from a hyphen.
        var pdf = LegacyFontPdf.Write(
        [
            (".VnTime", "Ban ChÊp hµnh Trung \u00AD¬ng, n\u00ADíc"),
            (".VnTime", "Kinh tÕ-x· héi; KÕt luËn 21-KL/TW"),
            (".VnTimeH", "I- môc \u00AD¬ng"),
            (".VnTime", "-Thùc hiÖn"),
        ], toUnicode: false);
        Assert.Equal(
            ["Ban Chấp hành Trung ương, nước", "Kinh tế-xã hội; Kết luận 21-KL/TW", "I- MỤC ƯƠNG", "-Thực hiện"],
            Read(pdf).Paragraphs);
    }
}
