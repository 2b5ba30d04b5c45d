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

        Assert.Equal(new HeaderInfo("28-KH/ĐUK", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Kỳ Lợi", new DateOnly(2022, 8, 15), null), header with { IssuerLines = [] });
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

        Assert.Equal(new HeaderInfo("249/2025/NĐ-CP", "CHÍNH PHỦ", "Hà Nội", new DateOnly(2025, 9, 15), null), header with { IssuerLines = [] });
    }

    [Fact]
    public void Reads_cells_merged_into_one_paragraph()
    {
        var header = Parse(
            "QUỐC HỘI --------",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
            "Số 28-KH/ĐUK Kỳ Lợi, ngày 15 tháng 8 năm 2022");

        Assert.Equal(new HeaderInfo("28-KH/ĐUK", "QUỐC HỘI", "Kỳ Lợi", new DateOnly(2022, 8, 15), null), header with { IssuerLines = [] });
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

    // Issue 16: headers whose cells were cut at the column's width (text out of PDFs, OCR, e-mail).
    [Fact]
    public void A_wrapped_national_motto_is_not_the_issuer()
    {
        var header = Parse(
            "CHÍNH PHỦ",
            "CỘNG HÒA XÃ HỘI",
            "CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do -",
            "Hạnh phúc",
            "Số: 285/2025/NĐ-CP",
            "Hà Nội, ngày 03 tháng 11 năm 2025");

        Assert.Equal(new HeaderInfo("285/2025/NĐ-CP", "CHÍNH PHỦ", "Hà Nội", new DateOnly(2025, 11, 3), null), header with { IssuerLines = [] });
    }

    [Fact]
    public void A_body_name_cut_by_its_column_is_joined_even_with_the_party_name_between_its_pieces()
    {
        var header = Parse("BAN CHẤP HÀNH TRUNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "ƯƠNG", "*", "Số: 97-QĐ/TW", "Hà Nội, ngày 07 tháng 02 năm 2023");
        Assert.Equal("BAN CHẤP HÀNH TRUNG ƯƠNG", header.Issuer);
        Assert.Equal(new DateOnly(2023, 2, 7), header.Date);

        Assert.Equal("BAN CHẤP HÀNH TRUNG ƯƠNG", Parse("BAN CHẤP HÀNH TRUNG", "ƯƠNG", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 97-QĐ/TW").Issuer);
        Assert.Equal("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", Parse("BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "Số: 16/2025/TT-BVHTTDL").Issuer);
    }

    [Fact]
    public void A_board_of_a_committee_is_named_with_its_committee()
    {
        var header = Parse("TỈNH ỦY NAM ĐỊNH", "BAN TUYÊN GIÁO", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 27-HD/BTG");
        Assert.Equal("BAN TUYÊN GIÁO TỈNH ỦY NAM ĐỊNH", header.Issuer);
        Assert.Equal(["TỈNH ỦY NAM ĐỊNH", "BAN TUYÊN GIÁO"], header.IssuerLines);
    }

    [Theory]
    [InlineData("Nghệ An, ngày 26", "tháng 11 năm 2025", "Nghệ An", 2025, 11, 26)]
    [InlineData("Hà Nội, ngày 21 tháng 11 năm", "2025", "Hà Nội", 2025, 11, 21)]
    [InlineData("Thành phố Hồ", "Chí Minh, ngày 18 tháng 3 năm 2024", "Thành phố Hồ Chí Minh", 2024, 3, 18)]
    public void A_place_and_date_cut_across_lines_is_read_whole(string first, string second, string place, int year, int month, int day)
    {
        var header = Parse("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 2816/QĐ-UBND", first, second);
        Assert.Equal(place, header.Place);
        Assert.Equal(new DateOnly(year, month, day), header.Date);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", header.Issuer);
    }

    [Fact]
    public void The_left_column_read_before_the_right_still_gives_issuer_number_place_and_date()
    {
        var header = Parse(
            "BỘ NÔNG NGHIỆP VÀ MÔI",
            "TRƯỜNG",
            "-------",
            "Số: 103/2025/TT-BNNMT",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT",
            "NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Hà Nội, ngày 31 tháng 12 năm",
            "2025");

        Assert.Equal(new HeaderInfo("103/2025/TT-BNNMT", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Hà Nội", new DateOnly(2025, 12, 31), null), header with { IssuerLines = [] });
    }

    [Fact]
    public void An_office_under_the_star_of_its_committee_is_the_issuer()
    {
        // Hướng dẫn 21-HD/VPTW of 04/3/2013, as its header is laid out.
        var header = Parse("BAN CHẤP HÀNH TRUNG ƯƠNG", "*", "VĂN PHÒNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 21-HD/VPTW", "Hà Nội, ngày 04 tháng 03 năm 2013");
        // Its body names itself "Văn phòng Trung ương Đảng hướng dẫn cụ thể một số điểm ...".
        Assert.Equal(new HeaderInfo("21-HD/VPTW", "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG", "Hà Nội", new DateOnly(2013, 3, 4), null), header with { IssuerLines = [] });
    }

    [Fact]
    public void A_board_of_the_Central_Committee_is_named_as_a_central_board()
    {
        // Hướng dẫn 06-HD/UBKTTW of 18/12/2018: "Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện ...". The "ỦY" of
        // "ỦY BAN" is no committee of a place, so the board is named with the committee above it.
        var header = Parse("BAN CHẤP HÀNH TRUNG ƯƠNG", "ỦY BAN KIỂM TRA", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 06-HD/UBKTTW", "Hà Nội, ngày 18 tháng 12 năm 2018");
        Assert.Equal(new HeaderInfo("06-HD/UBKTTW", "ỦY BAN KIỂM TRA TRUNG ƯƠNG", "Hà Nội", new DateOnly(2018, 12, 18), null), header with { IssuerLines = [] });
    }

    [Fact]
    public void A_board_of_a_provincial_committee_keeps_the_committee_name()
    {
        var header = Parse("TỈNH ỦY QUẢNG NAM", "ỦY BAN KIỂM TRA", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 12-QĐ/UBKTTU", "Quảng Nam, ngày 05 tháng 3 năm 2024");
        Assert.Equal("ỦY BAN KIỂM TRA TỈNH ỦY QUẢNG NAM", header.Issuer);
    }
}
