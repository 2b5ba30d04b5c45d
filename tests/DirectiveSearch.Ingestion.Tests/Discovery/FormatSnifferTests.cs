using System.Text;
using DirectiveSearch.Ingestion.Discovery;

namespace DirectiveSearch.Ingestion.Tests.Discovery;

public sealed class FormatSnifferTests
{
    public static TheoryData<string, byte[], FileFormat> Samples() => new()
    {
        { "empty", [], FileFormat.Empty },
        { "pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"), FileFormat.Pdf },
        { "pdf after junk", Encoding.ASCII.GetBytes("\r\n\r\n%PDF-1.4\n"), FileFormat.Pdf },
        { "zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], FileFormat.Zip },
        { "ole", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], FileFormat.OleCompound },
        { "utf8 text", Encoding.UTF8.GetBytes("Kế hoạch số 28-KH/ĐUK\n"), FileFormat.Text },
        { "utf16 text", [0xFF, 0xFE, 0x4B, 0x00], FileFormat.Text },
        { "binary", [0x00, 0x01, 0x02, 0x03, 0x89, 0x50], FileFormat.Unknown },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Detects_the_real_format_from_content(string name, byte[] head, FileFormat expected)
    {
        Assert.True(expected == FormatSniffer.Detect(head), name);
    }

    [Fact]
    public void The_corpus_files_are_what_their_names_say()
    {
        foreach (var file in Directory.GetFiles(RepositoryFiles.Corpus))
        {
            var expected = Path.GetExtension(file) switch
            {
                ".pdf" => FileFormat.Pdf,
                ".docx" => FileFormat.Zip,
                _ => FileFormat.Text,
            };
            Assert.Equal(expected, FormatSniffer.Detect(File.ReadAllBytes(file).AsSpan(0, 4096)));
        }
    }
}
