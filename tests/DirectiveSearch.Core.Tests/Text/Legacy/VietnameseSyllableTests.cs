using DirectiveSearch.Core.Text.Legacy;

namespace DirectiveSearch.Core.Tests.Text.Legacy;

public sealed class VietnameseSyllableTests
{
    [Theory]
    [InlineData("việt")]
    [InlineData("Đảng")]
    [InlineData("nghiêng")]
    [InlineData("người")]
    [InlineData("quốc")]
    [InlineData("giữa")]
    [InlineData("gì")]
    [InlineData("khuya")]
    [InlineData("chuyện")]
    [InlineData("khuỷu")]
    [InlineData("học")]
    [InlineData("ĐẢNG")]
    [InlineData("hoà")]
    [InlineData("thuở")]
    [InlineData("ăn")]
    [InlineData("kế")]
    [InlineData("ghi")]
    public void Vietnamese_syllables_are_valid(string word) => Assert.True(VietnameseSyllable.IsValid(word));

    [Theory]
    [InlineData("viẻt")] // a stop final takes only the rising or heavy tone
    [InlineData("hoàc")]
    [InlineData("vịệt")] // two tone marks
    [InlineData("Vieät")] // VNI read as Windows-1258
    [InlineData("Céng")] // TCVN3 read as Windows-1252: /k/ before e is spelled k
    [InlineData("ghà")]
    [InlineData("nge")]
    [InlineData("ViÖt")]
    [InlineData("ieọt")] // no such nucleus
    [InlineData("ă")] // ă needs a final
    [InlineData("UBND")]
    [InlineData("café")]
    [InlineData("straße")]
    [InlineData("")]
    public void Other_letter_runs_are_not(string word) => Assert.False(VietnameseSyllable.IsValid(word));
}
