using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Readers;

namespace DirectiveSearch.Ingestion.Tests.Pipeline;

/// <summary>Issue 16: a file whose extension lies is read by what its bytes are, and says so.</summary>
public sealed class MislabelledFileTests : IDisposable
{
    private static readonly SourceParser Parser = new(ReaderCatalog.Default(), new ReadOptions(string.Empty));

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-mislabelled-");

    public void Dispose() => folder.Delete(recursive: true);

    private string Copy(string seed, string extension, string name)
    {
        var path = Path.Combine(folder.FullName, name);
        File.Copy(RepositoryFiles.Seed(seed, extension), path);
        return path;
    }

    [Fact]
    public void A_word_file_named_pdf_is_read_as_word_with_a_notice()
    {
        var expected = Parser.Parse(RepositoryFiles.Seed("004", ".docx"), "004.docx").Source!;

        var outcome = Parser.Parse(Copy("004", ".docx", "ke-hoach.pdf"), "ke-hoach.pdf");

        Assert.Null(outcome.Rejected);
        var source = outcome.Source!;
        Assert.Equal(expected.Text, source.Text);
        Assert.Equal(expected.Structure.Title, source.Structure.Title);
        Assert.Equal("phần mở rộng là .pdf nhưng nội dung là gói ZIP/DOCX: đã đọc theo nội dung thật của tệp (.docx)", Assert.Single(source.File.Notices));
    }

    [Fact]
    public void Bytes_no_reader_knows_under_a_known_extension_are_still_refused_with_the_mismatch()
    {
        var path = Path.Combine(folder.FullName, "nhi-phan.pdf");
        File.WriteAllBytes(path, [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x41]);

        var outcome = Parser.Parse(path, "nhi-phan.pdf");

        Assert.Null(outcome.Source);
        Assert.Equal("phần mở rộng là .pdf nhưng nội dung là dữ liệu nhị phân không rõ định dạng", outcome.Rejected!.Reason);
    }
}
