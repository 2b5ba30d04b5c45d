using DirectiveSearch.Core.Graph;
using static DirectiveSearch.Core.Tests.Graph.GraphFixtures;

namespace DirectiveSearch.Core.Tests.Graph;

public sealed class CitationTextTests
{
    [Theory]
    [InlineData(2022, 8, 15, "15/8/2022")]
    [InlineData(2022, 3, 1, "01/3/2022")]
    [InlineData(2022, 1, 27, "27/01/2022")]
    [InlineData(2021, 10, 11, "11/10/2021")]
    [InlineData(2021, 2, 5, "05/02/2021")]
    [InlineData(2023, 12, 31, "31/12/2023")]
    public void Writes_dates_as_the_format_rules_do(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, CitationText.FormatDate(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("II", "mục II")]
    [InlineData("II.1", "mục II.1")]
    [InlineData("II.4.2.a", "mục II.4.2.a")]
    [InlineData("Điều 3", "Điều 3")]
    [InlineData("Chương II/Mục 1", "Mục 1 Chương II")]
    [InlineData("Chương II/Điều 5/1", "khoản 1 Điều 5")]
    [InlineData("Phần thứ nhất/Chương II/Mục 1/Điều 5/1/a", "điểm a khoản 1 Điều 5")]
    public void Locates_sections_as_readers_write_them(string? path, string? expected)
    {
        Assert.Equal(expected, CitationText.Locator(path));
    }

    public static TheoryData<string?, string, string?, DateOnly?, string?, string> Citations => new()
    {
        { "62-KH/ĐUK", "", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh", null, "II.1", "Kế hoạch số 62-KH/ĐUK của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh, mục II.1" },
        { "62-KH/ĐUK", "", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh", new DateOnly(2022, 8, 15), "II.1", "Kế hoạch số 62-KH/ĐUK, ngày 15/8/2022 của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh, mục II.1" },
        { "62-KH/ĐUK", "", null, null, null, "Kế hoạch số 62-KH/ĐUK" },
        { null, "Tổ chức đợt sinh hoạt chính trị\n về xây dựng, chỉnh đốn Đảng.", "Ban Thường vụ Đảng uỷ", null, null, "Kế hoạch “Tổ chức đợt sinh hoạt chính trị về xây dựng, chỉnh đốn Đảng” của Ban Thường vụ Đảng uỷ" },
        { null, "", null, null, "I", "Kế hoạch x, mục I" },
    };

    [Theory]
    [MemberData(nameof(Citations))]
    public void Cites_a_document_by_symbol_or_title_date_issuer_and_section(string? symbol, string title, string? issuer, DateOnly? date, string? section, string expected)
    {
        Assert.Equal(expected, CitationText.Of(Record("x", "", symbol: symbol, title: title, issuer: issuer, date: date), section));
    }
}
