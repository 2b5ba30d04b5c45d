using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

public sealed class HeaderParserTests
{
    private static HeaderInfo Parse(params string[] header)
    {
        var paragraphs = ParagraphSplitter.Split(StructureTestFiles.Text(header));
        return HeaderParser.Parse(paragraphs, paragraphs.Count);
    }

    [Fact]
    public void Reads_a_party_header_table_read_row_by_row()
    {
        var header = Parse(
            "ĐẢNG BỘ TỈNH QUẢNG NAM",
            "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
            "*",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Số 28-KH/ĐUK",
            "Kỳ Lợi, ngày 15 tháng 8 năm 2022");

        Assert.Equal(new HeaderInfo("28-KH/ĐUK", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Kỳ Lợi", new DateOnly(2022, 8, 15), null), header);
    }

    [Fact]
    public void Reads_a_state_header()
    {
        var header = Parse(
            "CHÍNH PHỦ",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 249/2025/NĐ-CP",
            "Hà Nội, ngày 15 tháng 9 năm 2025");

        Assert.Equal(new HeaderInfo("249/2025/NĐ-CP", "CHÍNH PHỦ", "Hà Nội", new DateOnly(2025, 9, 15), null), header);
    }

    [Fact]
    public void Reads_cells_merged_into_one_paragraph()
    {
        var header = Parse(
            "QUỐC HỘI --------",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
            "Số 28-KH/ĐUK Kỳ Lợi, ngày 15 tháng 8 năm 2022");

        Assert.Equal(new HeaderInfo("28-KH/ĐUK", "QUỐC HỘI", "Kỳ Lợi", new DateOnly(2022, 8, 15), null), header);
    }

    [Fact]
    public void Reads_an_issuer_printed_on_the_motto_line()
    {
        var header = Parse("CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 249/2025/NĐ-CP");
        Assert.Equal("CHÍNH PHỦ", header.Issuer);
    }

    [Fact]
    public void Joins_an_issuer_split_over_two_lines_at_its_place()
    {
        var header = Parse(
            "ỦY BAN NHÂN DÂN",
            "TỈNH QUẢNG NAM",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số: 348/KH-UBND");

        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", header.Issuer);
        Assert.Equal("348/KH-UBND", header.Symbol);
    }

    [Fact]
    public void Joins_an_issuer_whose_first_line_cannot_end_a_name()
    {
        Assert.Equal("ỦY BAN THƯỜNG VỤ QUỐC HỘI", Parse("ỦY BAN THƯỜNG VỤ", "QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").Issuer);
        Assert.Equal("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", Parse("BỘ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").Issuer);
    }

    [Fact]
    public void A_committee_named_after_its_place_is_not_a_continuation()
    {
        var header = Parse("ĐẢNG BỘ TỈNH QUẢNG NAM", "TỈNH ỦY", "*", "Số 49-KH/TU");
        Assert.Equal("TỈNH ỦY", header.Issuer);
    }

    [Fact]
    public void Seed_headers_without_their_table_give_only_what_is_there()
    {
        Assert.Equal(new HeaderInfo("28-KH/ĐUK", null, null, null, null), Parse("Số 28-KH/ĐUK"));
        // Seed 003: the star survived but the committee above it did not.
        Assert.Equal(new HeaderInfo("62-KH/ĐUK", null, null, null, null), Parse("*", "Số 62-KH/ĐUK"));
    }

    [Fact]
    public void Without_a_marker_capital_lines_are_not_taken_for_an_issuer()
    {
        // A vbpl page whose document is missing: its menu is in capitals.
        var header = Parse("Trang chủ", "TRANG CHỦ", "GIỚI THIỆU", "VĂN BẢN PHÁP LUẬT TRUNG ƯƠNG");
        Assert.Null(header.Issuer);
    }

    [Fact]
    public void Reads_the_subject_of_a_letter()
    {
        var header = Parse("UBND TỈNH QUẢNG NAM", "Số: 123/UBND-VX", "V/v triển khai Kế hoạch số 62-KH/ĐUK", "Quảng Nam, ngày 3 tháng 4 năm 2023");
        Assert.Equal("triển khai Kế hoạch số 62-KH/ĐUK", header.Subject);
        Assert.Equal(new DateOnly(2023, 4, 3), header.Date);
    }

    [Fact]
    public void Reads_nothing_past_the_end_it_is_given()
    {
        var paragraphs = ParagraphSplitter.Split(StructureTestFiles.Text("KẾ HOẠCH", "Số 28-KH/ĐUK", "Kỳ Lợi, ngày 15 tháng 8 năm 2022"));
        Assert.Equal(HeaderInfo.Empty, HeaderParser.Parse(paragraphs, 0));
    }
}
