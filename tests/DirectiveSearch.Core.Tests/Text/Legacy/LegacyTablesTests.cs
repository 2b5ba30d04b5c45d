using System.Text;
using DirectiveSearch.Core.Text.Legacy;

namespace DirectiveSearch.Core.Tests.Text.Legacy;

/// <summary>The tables checked on words whose legacy forms are known (DOMAIN.md, the VNI and TCVN3 keyboards).</summary>
public sealed class LegacyTablesTests
{
    private static readonly LegacyFont VnTime = new(LegacyEncoding.Tcvn3, Capitals: false);
    private static readonly LegacyFont VnTimeH = new(LegacyEncoding.Tcvn3, Capitals: true);
    private static readonly LegacyFont VniTimes = new(LegacyEncoding.Vni, Capitals: false);

    [Theory]
    [InlineData("§¶ng Céng s¶n ViÖt Nam", "Đảng Cộng sản Việt Nam")]
    [InlineData("Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("Ban ChÊp hµnh Trung \u00AD¬ng §¶ng kho¸ XIII", "Ban Chấp hành Trung ương Đảng khoá XIII")]
    [InlineData("ngµy 15 th¸ng 8 n¨m 2022", "ngày 15 tháng 8 năm 2022")]
    public void Tcvn3_text_reads_as_its_letters(string stored, string expected) =>
        Assert.Equal(expected, LegacyFontText.Convert(stored, VnTime));

    [Theory]
    [InlineData("§¶NG CéNG S¶N VIÖT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM")]
    [InlineData("§¶ng céng s¶n viÖt nam", "ĐẢNG CỘNG SẢN VIỆT NAM")] // the capitals font draws lowercase as capitals
    [InlineData("kÕ ho¹ch", "KẾ HOẠCH")]
    public void The_capitals_font_reads_every_letter_as_a_capital(string stored, string expected) =>
        Assert.Equal(expected, LegacyFontText.Convert(stored, VnTimeH));

    [Theory]
    [InlineData("Vieät Nam", "Việt Nam")]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("Ñaûng Coäng saûn Vieät Nam", "Đảng Cộng sản Việt Nam")]
    [InlineData("ÑAÛNG COÄNG SAÛN VIEÄT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM")]
    [InlineData("ngöôøi, möôøi, ñöôïc, quyeát ñònh, khuyeán khích", "người, mười, được, quyết định, khuyến khích")]
    [InlineData("Ban Chaáp haønh Trung öông Ñaûng khoùa XIII", "Ban Chấp hành Trung ương Đảng khóa XIII")]
    [InlineData("aên, aét, aèn, aúm, aüm, aëc", "ăn, ắt, ằn, ẳm, ẵm, ặc")]
    public void Vni_text_reads_as_its_letters_in_nfc(string stored, string expected)
    {
        var converted = LegacyFontText.Convert(stored, VniTimes);
        Assert.Equal(expected, converted);
        Assert.True(converted.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Viscii_bytes_read_as_their_letters()
    {
        // RFC 1456: Đ D0, ả E4, ộ B5, ệ AE; the capital Ỵ sits in the control position 1E.
        byte[] bytes = [0xD0, 0xE4, (byte)'n', (byte)'g', (byte)' ', (byte)'C', 0xB5, (byte)'n', (byte)'g', (byte)' ',
            (byte)'V', (byte)'i', 0xAE, (byte)'t', (byte)' ', 0x1E];
        Assert.Equal("Đảng Cộng Việt Ỵ", VisciiTable.Decode(bytes));
    }

    [Fact]
    public void Windows_1258_combining_tones_are_composed()
    {
        // ê is EA; the dot below is F2, the hook above D2, the acute EC, written after the vowel.
        byte[] bytes = [(byte)'V', (byte)'i', 0xEA, 0xF2, (byte)'t', (byte)' ', 0xD0, (byte)'a', 0xD2, (byte)'n', (byte)'g',
            (byte)' ', (byte)'q', (byte)'u', (byte)'y', 0xEA, 0xEC, (byte)'t'];
        var text = LegacyByteDecoder.Decode(bytes, LegacyEncoding.Windows1258);
        Assert.Equal("Việt Đảng quyết", text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("21-NQ/TW (2022)")]
    [InlineData("Kế hoạch số 62-KH/ĐUK")]
    [InlineData("Đảng ủy")]
    [InlineData("hoà và chú ý")] // Latin-1 letters only, but valid syllables as they stand
    public void Ascii_and_unicode_text_in_a_legacy_font_is_left_alone(string text)
    {
        // Unikey's converter changes the letters and often leaves the font name: such text is Unicode already.
        Assert.Equal(text, LegacyFontText.ConvertUnlessUnicode(text, VnTime));
        Assert.Equal(text, LegacyFontText.ConvertUnlessUnicode(text, VniTimes));
    }

    [Theory]
    [InlineData("hµnh", "hành")]
    [InlineData("ViÖt", "Việt")]
    public void Short_runs_of_legacy_text_are_still_converted(string text, string expected) =>
        Assert.Equal(expected, LegacyFontText.ConvertUnlessUnicode(text, VnTime));
}
