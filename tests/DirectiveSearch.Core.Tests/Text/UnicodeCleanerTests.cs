using System.Text;
using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Tests.Text;

public sealed class UnicodeCleanerTests
{
    [Theory]
    [InlineData("Đa\u0309ng u\u0309y", "Đảng ủy")] // decomposed (NFD) input is composed
    [InlineData("\u00D0ảng \u00F0oàn", "Đảng đoàn")] // Icelandic eth written for Đ/đ
    [InlineData("Kỳ\u00A0Lợi,\u2009ngày", "Kỳ Lợi, ngày")] // non-breaking and thin spaces
    [InlineData("xây\u200B dựng\uFEFF", "xây dựng")] // zero-width characters vanish
    [InlineData("a\r\nb\rc\nd", "a\nb\nc\nd")] // every line ending becomes one LF
    [InlineData("tab\there\u000Bv", "tab here v")]
    public void Cleans_to_canonical_form(string input, string expected)
    {
        var cleaned = UnicodeCleaner.Clean(input);
        Assert.Equal(expected, cleaned);
        Assert.True(cleaned.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Vietnamese_text_already_clean_is_unchanged()
    {
        const string text = "Thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII";
        Assert.Equal(text, UnicodeCleaner.Clean(text));
    }
}
