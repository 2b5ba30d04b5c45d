using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Tests.Text;

public sealed class ParagraphTextTests
{
    [Fact]
    public void Splits_soft_breaks_trims_collapses_and_drops_empty_paragraphs()
    {
        var paragraphs = ParagraphText.NormalizeParagraphs(
        [
            "  KẾ HOẠCH  ",
            "Tổ chức đợt sinh hoạt\nchính trị   về xây dựng",
            "   ",
            "\tI.\u00A0MỤC ĐÍCH",
        ]);

        Assert.Equal(["KẾ HOẠCH", "Tổ chức đợt sinh hoạt", "chính trị về xây dựng", "I. MỤC ĐÍCH"], paragraphs);
        Assert.Equal("KẾ HOẠCH\nTổ chức đợt sinh hoạt\nchính trị về xây dựng\nI. MỤC ĐÍCH", ParagraphText.Join(paragraphs));
    }

    [Theory]
    [InlineData("- Thường trực Tỉnh ủy, | (để b/c)", "- Thường trực Tỉnh ủy, (để b/c)")]
    [InlineData("- Ban Tuyên giáo Tỉnh ủy, |", "- Ban Tuyên giáo Tỉnh ủy,")]
    [InlineData("| Số 28-KH/ĐUK | Kỳ Lợi, ngày 15 tháng 8 năm 2022 |", "Số 28-KH/ĐUK Kỳ Lợi, ngày 15 tháng 8 năm 2022")]
    [InlineData("a|b stays", "a|b stays")]
    [InlineData("chính trị năm 2022. [bookmark: _GoBack]- Đảng ủy", "chính trị năm 2022. - Đảng ủy")]
    [InlineData("[bookmark: _ GoBack]Kế hoạch", "Kế hoạch")]
    public void Removes_table_bars_and_bookmarks_left_by_conversion(string input, string expected)
    {
        Assert.Equal([expected], ParagraphText.NormalizeParagraphs([input]));
    }
}
