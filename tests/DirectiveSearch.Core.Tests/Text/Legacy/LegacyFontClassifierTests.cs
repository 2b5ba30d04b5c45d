using DirectiveSearch.Core.Text.Legacy;

namespace DirectiveSearch.Core.Tests.Text.Legacy;

public sealed class LegacyFontClassifierTests
{
    [Theory]
    [InlineData(".VnTime", LegacyEncoding.Tcvn3, false)]
    [InlineData(".VnArial", LegacyEncoding.Tcvn3, false)]
    [InlineData(".VnCentury Schoolbook", LegacyEncoding.Tcvn3, false)]
    [InlineData(".VnBook-Antiqua", LegacyEncoding.Tcvn3, false)]
    [InlineData(".VnTimeH", LegacyEncoding.Tcvn3, true)]
    [InlineData(".VnArialH", LegacyEncoding.Tcvn3, true)]
    [InlineData("ABCDEF+.VnTime", LegacyEncoding.Tcvn3, false)]
    [InlineData("QWERTY+.VnTimeH,Bold", LegacyEncoding.Tcvn3, true)]
    [InlineData(".VnTimeH-BoldItalic", LegacyEncoding.Tcvn3, true)]
    [InlineData(".VnTime,Bold", LegacyEncoding.Tcvn3, false)]
    [InlineData("VnTime", LegacyEncoding.Tcvn3, false)]
    [InlineData("VNI-Times", LegacyEncoding.Vni, false)]
    [InlineData("VNI-Helve-Condense", LegacyEncoding.Vni, false)]
    [InlineData("ABCDEF+VNI-Times-Bold", LegacyEncoding.Vni, false)]
    public void Legacy_font_names_are_recognized(string name, LegacyEncoding encoding, bool capitals) =>
        Assert.Equal(new LegacyFont(encoding, capitals), LegacyFontClassifier.Classify(name));

    [Theory]
    [InlineData("Times New Roman")]
    [InlineData("Arial")]
    [InlineData("ABCDEF+TimesNewRomanPSMT")]
    [InlineData("Helvetica")]
    [InlineData("VnExpress Sans")]
    [InlineData("Vinhan")]
    [InlineData("VNI")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_fonts_are_not_legacy(string? name) => Assert.Null(LegacyFontClassifier.Classify(name));
}
