using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Tests.Text;

public sealed class DiacriticFolderTests
{
    [Theory]
    [InlineData("Đảng ủy Khối", "dang uy khoi")]
    [InlineData("Tự soi, tự sửa", "tu soi, tu sua")]
    [InlineData("28-KH/ĐUK", "28-kh/duk")]
    [InlineData("Nguyễn Đặng Thị Thu Hòa", "nguyen dang thi thu hoa")]
    [InlineData("Ða", "da")]
    public void Folds_diacritics_case_and_stroke_d(string input, string expected)
    {
        Assert.Equal(expected, DiacriticFolder.Fold(input));
    }
}
