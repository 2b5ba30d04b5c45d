using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

public sealed class PlaceDateParserTests
{
    [Theory]
    [InlineData("Kỳ Lợi, ngày 15 tháng 8 năm 2022", "Kỳ Lợi", 2022, 8, 15)]
    [InlineData("Hà Nội, ngày 05/8/2022", "Hà Nội", 2022, 8, 5)]
    [InlineData("Hà Nội, ngày 19 tháng 09 năm 2025", "Hà Nội", 2025, 9, 19)]
    [InlineData("TP. Hồ Chí Minh, ngày 3 tháng 02 năm 2024", "TP. Hồ Chí Minh", 2024, 2, 3)]
    [InlineData("Quảng Nam ngày 1 tháng 1 năm 2023", "Quảng Nam", 2023, 1, 1)]
    [InlineData("Hà Nội, ngày 29 tháng 2 năm 2024", "Hà Nội", 2024, 2, 29)]
    public void Reads_place_and_date(string line, string place, int year, int month, int day)
    {
        Assert.True(PlaceDateParser.TryParse(line, out var parsedPlace, out var date));
        Assert.Equal(place, parsedPlace);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("Kỳ Lợi, ngày .... tháng ..... năm 2022.")] // a blank sample header (seed 001)
    [InlineData("Hà Nội, ngày 31 tháng 2 năm 2023")] // impossible date
    [InlineData("Hà Nội, ngày 29 tháng 2 năm 2023")] // not a leap year
    [InlineData("Hà Nội, ngày 12 tháng 13 năm 2023")]
    [InlineData("gửi báo cáo về Đảng ủy Sở trước ngày 28/03/2022.")] // a deadline in the body
    [InlineData("......, ngày.... tháng.... năm....")]
    public void Rejects_blank_impossible_or_placeless_dates(string line)
    {
        Assert.False(PlaceDateParser.TryParse(line, out _, out _));
    }
}
