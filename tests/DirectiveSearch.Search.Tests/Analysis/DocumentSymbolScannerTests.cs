using DirectiveSearch.Search.Analysis;

namespace DirectiveSearch.Search.Tests.Analysis;

public sealed class DocumentSymbolScannerTests
{
    [Theory]
    [InlineData("21-KL/TW", 8)]
    [InlineData("21-KL/TW, ngày 25/10/2021", 8)]
    [InlineData("28-KH/ĐUK về", 9)]
    [InlineData("183-QĐ/ThU", 10)]
    [InlineData("05-CTr/TU.", 9)]
    [InlineData("01- KL/TW", 9)]
    [InlineData("01-  KL/TW", 10)]
    [InlineData("01-   KL/TW", 0)] // three spaces: two words, not one symbol
    [InlineData("21\u2013NQ/TW", 8)] // en dash
    [InlineData("249/2025/NĐ-CP", 14)]
    [InlineData("63/2025/QH15;", 12)]
    [InlineData("1211/2016/UBTVQH13", 18)]
    [InlineData("12/2024/TT-BNV", 14)]
    [InlineData("71/NQ-CP", 8)]
    [InlineData("348/KH-UBND-VX", 14)]
    [InlineData("21-kl/tw", 8)]
    [InlineData("21-KL/TW-ĐU", 8)] // what follows a hyphen after the issuer is not part of it
    [InlineData("25/10/2021", 0)]
    [InlineData("500/ha", 0)]
    [InlineData("71/NQ", 0)]
    [InlineData("2021-2025", 0)]
    [InlineData("21-KL/TWx", 9)] // any letters make an issuer code
    [InlineData("21-KL/TWx9abcdefghijk", 0)] // but not endless ones
    [InlineData("21-KL/TWé", 0)]
    [InlineData("21-KL/TW\u0301", 0)]
    [InlineData("21-KLMNOPQ/TW", 0)]
    [InlineData("21-KL/9TW", 0)]
    [InlineData("-KL/TW", 0)]
    [InlineData("", 0)]
    [InlineData("21", 0)]
    [InlineData("21-", 0)]
    [InlineData("21/", 0)]
    [InlineData("21/2025/", 0)]
    public void Matches_symbols_at_the_start_of_the_text(string text, int expected)
    {
        Assert.Equal(expected, DocumentSymbolScanner.Match(text));
    }

    [Theory]
    [InlineData("01- KL/TW", "01-KL/TW")]
    [InlineData("21\u2011NQ/TW", "21-NQ/TW")]
    [InlineData("249/2025/NĐ\u2010CP", "249/2025/NĐ-CP")]
    public void Normalizes_spaces_and_hyphens(string symbol, string expected)
    {
        var destination = new char[symbol.Length];
        var written = DocumentSymbolScanner.Normalize(symbol, destination);
        Assert.Equal(expected, new string(destination, 0, written));
    }
}
