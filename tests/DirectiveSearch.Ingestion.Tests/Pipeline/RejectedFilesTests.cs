using System.Text;
using DirectiveSearch.Ingestion.Pipeline;

namespace DirectiveSearch.Ingestion.Tests.Pipeline;

public sealed class RejectedFilesTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-rejects-");

    public void Dispose() => folder.Delete(recursive: true);

    private string Put(string name, byte[] bytes)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private IngestReport Ingest() =>
        new IngestRunner(ReaderCatalog.Default(), new IngestOptions(Workers: 2, OcrEnabled: false)).Run([folder.FullName]);

    [Fact]
    public void Bad_files_are_reported_with_a_reason_and_good_ones_still_ingested()
    {
        Put("good.txt", File.ReadAllBytes(RepositoryFiles.CorpusFile("002_f40361709d858c1f.txt")));
        Put("good.docx", File.ReadAllBytes(RepositoryFiles.CorpusFile("004_c789a2f662faff50.docx")));
        Put("empty.pdf", []);
        Put("truncated.pdf", File.ReadAllBytes(RepositoryFiles.CorpusFile("000_4cbdf169707affb0.pdf"))[..900]);
        Put("word-file.pdf", File.ReadAllBytes(RepositoryFiles.CorpusFile("000_4cbdf169707affb0.docx")));
        Put("text-file.docx", Encoding.UTF8.GetBytes("Kế hoạch này là văn bản thuần, không phải Word."));
        Put("garbage.docx", [0x50, 0x4B, 0x03, 0x04, 0x01, 0x02, 0x03]);
        Put("binary.txt", [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00]);
        // Word saves a password-protected .docx as an OLE compound file.
        Put("encrypted.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);

        var report = Ingest();

        Assert.Equal(["good", "good-2"], report.Documents.Select(d => d.Id).Where(id => id.StartsWith("good", StringComparison.Ordinal)).Order());
        var reasons = report.Rejected.ToDictionary(r => Path.GetFileName(r.Path), r => r.Reason);
        Assert.Equal(["binary.txt", "empty.pdf", "encrypted.docx", "garbage.docx", "truncated.pdf"], reasons.Keys.Order());
        Assert.Contains("mã hóa", reasons["encrypted.docx"], StringComparison.Ordinal);
        Assert.Contains("rỗng", reasons["empty.pdf"], StringComparison.Ordinal);
        // A Word file named .pdf and a text named .docx are read by what they are, and the report says so.
        var notices = report.Notices.ToDictionary(n => Path.GetFileName(n.Path), n => n.Message);
        Assert.Contains(".pdf nhưng nội dung là gói ZIP/DOCX: đã đọc theo nội dung thật của tệp (.docx)", notices["word-file.pdf"], StringComparison.Ordinal);
        Assert.Contains(".docx nhưng nội dung là văn bản thuần: đã đọc theo nội dung thật của tệp (.txt)", notices["text-file.docx"], StringComparison.Ordinal);
        var read = report.Documents.SelectMany(d => d.Sources).Select(s => Path.GetFileName(s.Path)).ToHashSet();
        Assert.Contains("word-file.pdf", read);
        Assert.Contains("text-file.docx", read);
        Assert.All(reasons.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }

    [Fact]
    public void A_file_named_explicitly_with_an_unsupported_extension_is_reported()
    {
        var path = Put("notes.rtf", Encoding.ASCII.GetBytes("{\\rtf1 hello}"));
        var report = new IngestRunner(ReaderCatalog.Default(), new IngestOptions(1, false)).Run([path, Path.Combine(folder.FullName, "absent.txt")]);
        var rejected = Assert.Single(report.Rejected);
        Assert.Contains("không được hỗ trợ", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(folder.FullName, "absent.txt")], report.MissingPaths);
    }
}
