using System.Text;
using DirectiveSearch.Core.Text.Legacy;
using DirectiveSearch.Readers.PlainText;

namespace DirectiveSearch.Readers.Tests.Legacy;

/// <summary>Text files saved in the legacy encodings, read through the real PlainTextReader.</summary>
public sealed class PlainTextLegacyEncodingTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly Encoding Windows1258 = CodePagesEncodingProvider.Instance.GetEncoding(
        1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    private static readonly string[] Expected =
    [
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Kỳ Lợi, ngày 15 tháng 8 năm 2022",
        "KẾ HOẠCH",
        "Thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng về đẩy mạnh xây dựng, chỉnh đốn Đảng",
    ];

    private static ExtractedDocument Read(byte[] bytes) =>
        new PlainTextReader().Read(new MemoryStream(bytes, writable: false), ReadOptions.For("test.txt"));

    [Fact]
    public void A_vni_file_is_read_in_unicode()
    {
        var bytes = Windows1252.GetBytes(string.Join("\r\n",
            "ÑAÛNG COÄNG SAÛN VIEÄT NAM",
            "Kyø Lôïi, ngaøy 15 thaùng 8 naêm 2022",
            "KEÁ HOAÏCH",
            "Thöïc hieän Keát luaän soá 21-KL/TW cuûa Ban Chaáp haønh Trung öông Ñaûng veà ñaåy maïnh xaây döïng, chænh ñoán Ñaûng"));
        var document = Read(bytes);
        Assert.Equal(Expected, document.Paragraphs);
        // 31 of the 33 words are syllables; "KL" and "TW" are not.
        Assert.Equal(["Tệp được viết bằng bảng mã cũ VNI, đã chuyển sang Unicode (94% số từ là âm tiết tiếng Việt hợp lệ)"], document.Notices);
    }

    [Fact]
    public void A_tcvn3_file_is_read_in_unicode()
    {
        // TCVN3 has no toned capitals outside the capitals fonts; a text file has no font, so it is lowercase.
        var bytes = Windows1252.GetBytes("®¶ng céng s¶n viÖt nam\nkú lîi, ngµy 15 th¸ng 8 n¨m 2022\nkÕ ho¹ch\n"
            + "thùc hiÖn kÕt luËn sè 21-kl/tw cña ban chÊp hµnh trung \u00AD¬ng ®¶ng vÒ ®Èy m¹nh x©y dùng, chØnh ®èn ®¶ng\n");
        var document = Read(bytes);
        Assert.Equal(Expected.Select(line => line.ToLowerInvariant()), document.Paragraphs);
        Assert.Contains("TCVN3 (ABC)", Assert.Single(document.Notices), StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_1258_file_is_read_composed()
    {
        // Windows-1258 writes ê, ơ, ư, ă, đ as letters and every tone as a combining mark after its vowel.
        var decomposedTones = "ĐA\u0309NG CÔ\u0323NG SA\u0309N VIÊ\u0323T NAM\nKy\u0300 Lơ\u0323i, nga\u0300y 15 tha\u0301ng 8 năm 2022\n"
            + "KÊ\u0301 HOA\u0323CH\nTh\u01B0\u0323c hiê\u0323n Kê\u0301t luâ\u0323n sô\u0301 21-KL/TW cu\u0309a Ban Châ\u0301p ha\u0300nh "
            + "Trung \u01B0\u01A1ng Đa\u0309ng vê\u0300 đâ\u0309y ma\u0323nh xây d\u01B0\u0323ng, chi\u0309nh đô\u0301n Đa\u0309ng";
        var document = Read(Windows1258.GetBytes(decomposedTones));
        Assert.Equal(Expected, document.Paragraphs);
        Assert.All(document.Paragraphs, paragraph => Assert.True(paragraph.IsNormalized(NormalizationForm.FormC)));
        Assert.Contains("Windows-1258", Assert.Single(document.Notices), StringComparison.Ordinal);
    }

    [Fact]
    public void A_viscii_file_is_read_in_unicode()
    {
        var inverse = Enumerable.Range(0, 256).GroupBy(b => VisciiTable.Decode((byte)b)).ToDictionary(g => g.Key, g => (byte)g.First());
        var bytes = string.Join("\n", Expected).Select(c => inverse[c]).ToArray();
        Assert.Equal([0xD0, 0xC4], bytes[..2]); // RFC 1456: Đ is D0, Ả is C4
        var document = Read(bytes);
        Assert.Equal(Expected, document.Paragraphs);
        Assert.Contains("VISCII", Assert.Single(document.Notices), StringComparison.Ordinal);
    }

    [Fact]
    public void Unicode_and_english_files_are_not_converted()
    {
        Assert.Equal(Expected, Read(Encoding.UTF8.GetBytes(string.Join("\n", Expected))).Paragraphs);
        Assert.Empty(Read(Encoding.UTF8.GetBytes(string.Join("\n", Expected))).Notices);
        const string english = "Minutes of the meeting\nThe committee approved the plan; see § 2 and the annex.";
        var document = Read(Encoding.UTF8.GetBytes(english));
        Assert.Equal(english.Split('\n'), document.Paragraphs);
        Assert.Empty(document.Notices);
    }

    [Fact]
    public void A_western_windows_1252_file_is_still_refused_with_the_reason()
    {
        var bytes = Windows1252.GetBytes("The café on the corner serves crème brûlée to naïve tourists, über alles.");
        var error = Assert.Throws<DocumentReadException>(() => Read(bytes));
        Assert.Contains("không phải UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("TCVN3", error.Message, StringComparison.Ordinal);
    }
}
