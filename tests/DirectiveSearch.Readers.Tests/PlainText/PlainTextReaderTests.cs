using System.Text;
using DirectiveSearch.Readers.PlainText;

namespace DirectiveSearch.Readers.Tests.PlainText;

public sealed class PlainTextReaderTests
{
    private const string Sample = "KẾ HOẠCH\nThực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII";

    private static IReadOnlyList<string> Read(byte[] bytes) =>
        new PlainTextReader().Read(new MemoryStream(bytes), ReadOptions.For("test.txt")).Paragraphs;

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "utf-8", new UTF8Encoding(false).GetBytes(Sample) },
        { "utf-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)] },
        { "utf-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)] },
        { "utf-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
        { "utf-8 CRLF", Encoding.UTF8.GetBytes(Sample.Replace("\n", "\r\n")) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decodes_every_unicode_form_to_the_same_paragraphs(string name, byte[] bytes)
    {
        Assert.True(Read(bytes) is [var first, var second] && first == "KẾ HOẠCH" && second.StartsWith("Thực hiện Kết luận", StringComparison.Ordinal), name);
    }

    [Fact]
    public void Removes_conversion_artefacts_but_keeps_a_lone_header_star()
    {
        var text = """
            *
            **nghiên cứu, học tập, quán triệt**
            Thực hiện Nghị quyết số 21-KL/TW (*sau đây gọi là Nghị quyết số 21-NQ/TW*); tiếp
            (*hoàn thành trong Quý I/2022*)
            """;
        var paragraphs = Read(Encoding.UTF8.GetBytes(text));
        Assert.Equal(
        [
            "*",
            "nghiên cứu, học tập, quán triệt",
            "Thực hiện Nghị quyết số 21-KL/TW (sau đây gọi là Nghị quyết số 21-NQ/TW); tiếp",
            "(hoàn thành trong Quý I/2022)",
        ], paragraphs);
    }

    [Fact]
    public void Keeps_decomposed_input_for_the_pipeline_to_compose()
    {
        var nfd = "Đảng ủy".Normalize(NormalizationForm.FormD);
        Assert.Equal([nfd], Read(Encoding.UTF8.GetBytes(nfd)));
    }

    [Theory]
    [InlineData(new byte[0], "rỗng")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42, 0x00 }, "nhị phân")]
    [InlineData(new byte[] { 0x43, 0xE9, 0x6E, 0x67 }, "UTF-8")] // a legacy 8-bit encoding
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "không có nội dung")]
    public void Refuses_what_is_not_unicode_text_with_a_reason(byte[] bytes, string reasonPart)
    {
        var error = Assert.Throws<DocumentReadException>(() => Read(bytes));
        Assert.Contains(reasonPart, error.Message, StringComparison.Ordinal);
    }
}
