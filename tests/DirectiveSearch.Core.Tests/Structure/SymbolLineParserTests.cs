using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Tests.Structure;

public sealed class SymbolLineParserTests
{
    [Theory]
    [InlineData("Số 28-KH/ĐUK", "28-KH/ĐUK", "")]
    [InlineData("Số: 249/2025/NĐ-CP", "249/2025/NĐ-CP", "")]
    [InlineData("Số 01- KL/TW", "01-KL/TW", "")]
    [InlineData("Số: 8376 /VBHN-BTP", "8376/VBHN-BTP", "")]
    [InlineData("Luật số: 13/2017/QH14", "13/2017/QH14", "")]
    [InlineData("Luật số: 62/2006/QH 11", "62/2006/QH11", "")]
    [InlineData("Nghị quyết số: 115/2025/UBTVQH15", "115/2025/UBTVQH15", "")]
    [InlineData("Số: 21-LCT/HĐNN8", "21-LCT/HĐNN8", "")]
    [InlineData("Số: 123/UBND-VX", "123/UBND-VX", "")]
    [InlineData("Số 28-KH/ĐUK Kỳ Lợi, ngày 15 tháng 8 năm 2022", "28-KH/ĐUK", "Kỳ Lợi, ngày 15 tháng 8 năm 2022")]
    public void Reads_the_symbol_of_a_number_line(string line, string symbol, string remainder)
    {
        Assert.True(SymbolLineParser.TryParse(line, out var parsed, out var rest));
        Assert.Equal(symbol, parsed);
        Assert.Equal(remainder, rest);
    }

    [Theory]
    [InlineData("Thực hiện Kế hoạch số 49-KH/TU, ngày 11/10/2021")] // a citation in the body
    [InlineData("Số: ..../QĐ-UBND")] // a blank form
    [InlineData("Số 12/2022")] // no code: a date or a count
    [InlineData("Số hiệu8376 /VBHN-BTP")] // web page metadata
    [InlineData("Số đảng viên có mặt, vắng mặt")]
    public void Rejects_lines_that_are_not_number_lines(string line)
    {
        Assert.False(SymbolLineParser.TryParse(line, out _, out _));
    }

    [Theory]
    [InlineData("28-KH/ĐUK", "Kế hoạch")]
    [InlineData("05-CTr/TU", "Chương trình")]
    [InlineData("03-TT/TW", "Thông tri")]
    [InlineData("12/2024/TT-BNV", "Thông tư")]
    [InlineData("249/2025/NĐ-CP", "Nghị định")]
    [InlineData("71/NQ-CP", "Nghị quyết")]
    [InlineData("13/2017/QH14", null)]
    [InlineData("123/UBND-VX", null)]
    public void Tells_the_type_from_the_code(string symbol, string? name)
    {
        Assert.Equal(name, SymbolLineParser.TypeOf(symbol)?.Name);
    }
}
