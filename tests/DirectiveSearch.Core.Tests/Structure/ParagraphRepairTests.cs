using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

/// <summary>Paragraphs a PDF reader ran together, as the office-document set's PDFs gave them.</summary>
public sealed class ParagraphRepairTests
{
    [Fact]
    public void A_title_run_into_the_opening_clause_is_split_before_can_cu()
    {
        var paragraphs = ParagraphRepair.Split(["NGHỊ ĐỊNH", "BÃI BỎ MỘT SỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", "Điều 1. Bãi bỏ toàn bộ các nghị định"]);
        Assert.Equal(["NGHỊ ĐỊNH", "BÃI BỎ MỘT SỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", "Điều 1. Bãi bỏ toàn bộ các nghị định"], paragraphs);
    }

    [Fact]
    public void A_title_run_into_its_rule_is_split()
    {
        var paragraphs = ParagraphRepair.Split(["THÔNG TƯ", "Quy định về hạn ngạch thuế quan nhập khẩu thuốc lá nguyên liệu năm 2026 ______________", "Căn cứ Luật Quản lý ngoại thương số 5/2017/QH14;"]);
        Assert.Equal(["THÔNG TƯ", "Quy định về hạn ngạch thuế quan nhập khẩu thuốc lá nguyên liệu năm 2026", "______________", "Căn cứ Luật Quản lý ngoại thương số 5/2017/QH14;"], paragraphs);
    }

    [Theory]
    [InlineData("KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Công Thành", new[] { "KT. BỘ TRƯỞNG THỨ TRƯỞNG", "Lê Công Thành" })]
    [InlineData("BỘ TRƯỞNG (Đã ký) Nguyễn Mạnh Hùng", new[] { "BỘ TRƯỞNG", "(Đã ký)", "Nguyễn Mạnh Hùng" })]
    [InlineData("KT. BỘ TRƯỞNG THỨ TRƯỞNG Thượng tướng Lê Huy Vịnh", new[] { "KT. BỘ TRƯỞNG THỨ TRƯỞNG", "Thượng tướng Lê Huy Vịnh" })]
    public void A_signature_printed_on_one_line_becomes_its_lines(string line, string[] expected)
    {
        Assert.Equal(expected, ParagraphRepair.Split(["Nơi nhận:", "- Lưu: VT.", line]).Skip(2));
    }

    [Fact]
    public void A_sentence_with_can_cu_after_its_full_stop_and_body_text_stay_whole()
    {
        string[] paragraphs =
        [
            "KẾ HOẠCH",
            "Thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khoá XIII; Căn cứ tình hình thực tế, Ban Thường vụ xây dựng kế hoạch.",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Các đảng bộ Căn cứ Kế hoạch này xây dựng kế hoạch.",
        ];
        Assert.Equal(paragraphs, ParagraphRepair.Split(paragraphs));
    }

    [Fact]
    public void The_web_address_above_a_saved_page_is_not_text()
    {
        var paragraphs = ParagraphRepair.Split(["https://vbpl.vn/van-ban/chi-tiet/circular-25-2021-tt-btc--vbpqta_11147", "CIRCULAR", "Prescribing the rates of charges and fees"]);
        Assert.Equal(["CIRCULAR", "Prescribing the rates of charges and fees"], paragraphs);
    }
}
