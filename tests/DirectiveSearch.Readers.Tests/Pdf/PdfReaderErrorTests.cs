using System.Text;
using DirectiveSearch.Readers.Pdf;

namespace DirectiveSearch.Readers.Tests.Pdf;

/// <summary>Files the reader cannot read are refused with a reason naming the problem.</summary>
public sealed class PdfReaderErrorTests
{
    private static ExtractedDocument Read(byte[] bytes) =>
        new PdfReader().Read(new MemoryStream(bytes), ReadOptions.For("test.pdf"));

    private static string Refusal(byte[] bytes) =>
        Assert.Throws<DocumentReadException>(() => Read(bytes)).Message;

    public static TheoryData<string, byte[], string> NotPdfs() => new()
    {
        { "empty", [], "Tệp rỗng" },
        { "plain text", Encoding.UTF8.GetBytes("KẾ HOẠCH thực hiện Kết luận số 21-KL/TW"), "Tệp không phải PDF" },
        { "docx (zip)", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "Word .docx" },
        { "old doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "Word/Excel đời cũ" },
        { "html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>404</body></html>"), "HTML" },
    };

    [Theory]
    [MemberData(nameof(NotPdfs))]
    public void Refuses_what_is_not_a_pdf_and_says_what_it_looks_like(string name, byte[] bytes, string reasonPart)
    {
        Assert.True(Refusal(bytes).Contains(reasonPart, StringComparison.Ordinal), name);
    }

    [Fact]
    public void Refuses_a_truncated_pdf_as_damaged_and_says_it_was_cut_off()
    {
        var pdf = HandWrittenPdf.Plain("Ke hoach so 28-KH/DUK");

        var reason = Refusal(pdf[..(pdf.Length / 2)]);

        Assert.StartsWith("Tệp PDF bị hỏng", reason, StringComparison.Ordinal);
        Assert.Contains("cắt cụt", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_pdf_whose_structure_is_garbage_as_damaged()
    {
        var garbage = Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 4000) + "\n%%EOF\n");

        Assert.StartsWith("Tệp PDF bị hỏng", Refusal(garbage), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_pdf_locked_with_a_password()
    {
        var pdf = HandWrittenPdf.Encrypted("Ke hoach so 28-KH/DUK", userPassword: "matkhau", ownerPassword: "chusohuu");

        Assert.Contains("mã hóa", Refusal(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_pdf_encrypted_only_against_editing_with_an_empty_password()
    {
        var pdf = HandWrittenPdf.Encrypted("Ke hoach so 28-KH/DUK", userPassword: "", ownerPassword: "chusohuu");

        var document = Read(pdf);

        Assert.Equal(["Ke hoach so 28-KH/DUK"], document.Paragraphs);
        Assert.Equal(1, document.PageCount);
    }

    [Fact]
    public void Reads_from_the_current_position_of_a_stream_and_names_its_format()
    {
        var reader = new PdfReader();
        var stream = new MemoryStream([.. "junk"u8, .. HandWrittenPdf.Plain("Nguyen Van An")]) { Position = 4 };

        Assert.Equal("pdf", reader.Format);
        Assert.Equal(["Nguyen Van An"], reader.Read(stream, ReadOptions.For("test.pdf")).Paragraphs);
    }
}
