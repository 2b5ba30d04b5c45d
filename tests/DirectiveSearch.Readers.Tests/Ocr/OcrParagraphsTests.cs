using DirectiveSearch.Readers.Ocr;

namespace DirectiveSearch.Readers.Tests.Ocr;

public sealed class OcrParagraphsTests
{
    // Shaped like tesseract --psm 1 output: blank lines between the blocks it found, the scan's
    // line breaks inside them, list items and headings run together, a page number, a form feed.
    private const string TesseractText =
        "KẾ HOẠCH\n" +
        "Tổ chức đợt sinh hoạt chính trị về xây dựng,\n" +
        "chỉnh đốn Đảng và hệ thống chính trị\n" +
        "\n" +
        "Thực hiện Hướng dẫn số 27-HD/BTG, ngày 05/8/2022 của Ban Tuyên giáo\n" +
        "Thị ủy và Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành\n" +
        "Trung ương Đảng khóa XIII, cụ thể như sau:\n" +
        "\n" +
        "I. MỤC ĐÍCH VÀ YÊU CẦU\n" +
        "1. Mục đích\n" +
        "- Triển khai thực hiện quyết liệt, hiệu quả Kết luận số 21-KL/TW ngày\n" +
        "25/10/2021 của BCH Trung ương Đảng.\n" +
        "+ Quy định số 37-QĐ/TW về những điều\n" +
        "đảng viên không được làm.\n" +
        "1.1. Nội dung\n" +
        "a) Mở đầu\n" +
        "II- Tổ chức\n" +
        "2- Thời gian\n" +
        "\n" +
        "- 2 -\n" +
        "\n" +
        "Báo cáo gửi trước ngày 25/8/\n" +
        "2022. Ban Thường vụ theo dõi.\n" +
        "T/M BAN THƯỜNG VỤ\n" +
        "PHÓ BÍ THƯ\n" +
        "Lê Anh Trường\n" +
        "\f";

    [Fact]
    public void Joins_wrapped_lines_and_splits_at_markers_and_headings()
    {
        var paragraphs = OcrParagraphs.FromTesseractText(TesseractText);

        Assert.Equal(
        [
            "KẾ HOẠCH",
            "Tổ chức đợt sinh hoạt chính trị về xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
            "Thực hiện Hướng dẫn số 27-HD/BTG, ngày 05/8/2022 của Ban Tuyên giáo Thị ủy và Kết luận số 21-KL/TW, " +
                "ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII, cụ thể như sau:",
            "I. MỤC ĐÍCH VÀ YÊU CẦU",
            "1. Mục đích",
            "- Triển khai thực hiện quyết liệt, hiệu quả Kết luận số 21-KL/TW ngày 25/10/2021 của BCH Trung ương Đảng.",
            "+ Quy định số 37-QĐ/TW về những điều đảng viên không được làm.",
            "1.1. Nội dung",
            "a) Mở đầu",
            "II- Tổ chức",
            "2- Thời gian",
            "Báo cáo gửi trước ngày 25/8/ 2022. Ban Thường vụ theo dõi.",
            "T/M BAN THƯỜNG VỤ",
            "PHÓ BÍ THƯ",
            "Lê Anh Trường",
        ], paragraphs);
    }

    [Theory]
    [InlineData("I. MỤC ĐÍCH", true)]
    [InlineData("II- NHIỆM VỤ", true)]
    [InlineData("1. Mục đích", true)]
    [InlineData("1- Mục đích", true)]
    [InlineData("4.1. Công tác chuẩn bị", true)]
    [InlineData("a) Mở đầu", true)]
    [InlineData("đ) Khác", true)]
    [InlineData("- Tuyên bố lý do", true)]
    [InlineData("+ Kết luận số 21", true)]
    [InlineData("21-KL/TW, ngày 25/10/2021", false)]
    [InlineData("25/10/2021 của BCH", false)]
    [InlineData("2022. Ban Thường vụ", false)]
    [InlineData("XIII “Về đẩy mạnh", false)]
    [InlineData("Thường trực Đảng uỷ", false)]
    public void Recognizes_list_markers(string line, bool expected) =>
        Assert.Equal(expected, OcrParagraphs.StartsWithListMarker(line));

    [Theory]
    [InlineData("KẾ HOẠCH", true)]
    [InlineData("“TỰ SOI, TỰ SỬA”", true)]
    [InlineData("T/M BAN THƯỜNG VỤ", true)]
    [InlineData("QĐ/TW.", false)]
    [InlineData("Kế hoạch", false)]
    [InlineData("HĐND, UBND các cấp", false)]
    public void Recognizes_capital_headings(string line, bool expected) =>
        Assert.Equal(expected, OcrParagraphs.IsCapitalHeading(line));

    [Theory]
    [InlineData("3", true)]
    [InlineData("- 12 -", true)]
    [InlineData("Trang 4", true)]
    [InlineData("1.", false)]
    [InlineData("2022", false)]
    [InlineData("1 TH", false)]
    public void Recognizes_page_numbers(string line, bool expected) =>
        Assert.Equal(expected, OcrParagraphs.IsPageNumber(line));

    [Fact]
    public void Empty_output_gives_no_paragraphs() =>
        Assert.Empty(OcrParagraphs.FromTesseractText("\n\n\f"));
}
