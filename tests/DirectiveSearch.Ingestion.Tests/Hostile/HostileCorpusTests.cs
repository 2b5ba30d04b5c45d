using System.Diagnostics;
using System.Text;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Readers;
using DirectiveSearch.Search.Index;
using Xunit.Abstractions;

namespace DirectiveSearch.Ingestion.Tests.Hostile;

/// <summary>
/// A corpus folder as twenty years of archives leave it: damaged downloads, renamed files, bombs,
/// encrypted PDFs, odd names. The run must finish, name every bad file with its reason, and keep
/// every good document, in the report and in an index built before.
/// </summary>
public sealed class HostileCorpusTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-hostile-");

    public void Dispose() => folder.Delete(recursive: true);

    private static readonly IngestOptions Options = new(Workers: 2, OcrEnabled: false)
    {
        // Small enough that the slow page below runs out of time; the good files need under a second.
        Limits = ReadLimits.Default with { Timeout = TimeSpan.FromSeconds(3), MaxFileBytes = 8L * 1024 * 1024 },
        StuckReaderGrace = TimeSpan.FromSeconds(2),
    };

    private string Put(string name, byte[] bytes)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Corpus(string seed, string extension) => File.ReadAllBytes(RepositoryFiles.Seed(seed, extension));

    private void PutGoodFiles()
    {
        Put("tot-van-ban.txt", Corpus("002", ".txt"));
        Put("tot-word.docx", Corpus("004", ".docx"));
        Put("tot-pdf.pdf", Corpus("003", ".pdf"));
    }

    /// <summary>Each hostile file with a part of the reason it must be rejected with.</summary>
    private Dictionary<string, string> PutHostileFiles()
    {
        var pdf = Corpus("000", ".pdf");
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["rong.pdf"] = "tệp rỗng (0 byte)",
            ["rong.docx"] = "tệp rỗng (0 byte)",
            ["rong.txt"] = "tệp rỗng (0 byte)",
            ["cat-cut.pdf"] = "thiếu phần cuối tệp (%%EOF)",
            ["hong-giua.pdf"] = "Tệp PDF bị hỏng",
            ["co-mat-khau.pdf"] = "Tệp PDF bị mã hóa (encrypted) bằng mật khẩu",
            ["nhi-phan.txt"] = "phần mở rộng là .txt nhưng nội dung là dữ liệu nhị phân",
            ["bom-zip.docx"] = "nghi là tệp nén độc hại, zip bomb",
            ["xml-long-sau.docx"] = "lồng sâu hơn",
            ["bom-giai-nen.pdf"] = "bom giải nén",
            ["trang-cham.pdf"] = "Quá thời gian",
            ["nhieu-lenh.pdf"] = "lệnh vẽ chữ (Tj/TJ)",
            ["qua-lon.txt"] = "tệp quá lớn",
            ["word-cat-cut.docx"] = "Tệp DOCX bị hỏng",
        };
        Put("rong.pdf", []);
        Put("rong.docx", []);
        Put("rong.txt", []);
        Put("cat-cut.pdf", pdf[..(pdf.Length / 3)]);
        Put("hong-giua.pdf", [.. pdf[..200], .. new byte[pdf.Length - 400], .. pdf[^200..]]);
        Put("co-mat-khau.pdf", Qpdf.Encrypt(pdf, "matkhau", "chusohuu", 256));
        Put("la-pdf.docx", pdf);
        Put("la-van-ban.pdf", Corpus("000", ".txt"));
        Put("la-word.txt", Corpus("000", ".docx"));
        Put("nhi-phan.txt", [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x41]);
        Put("bom-zip.docx", RawDocx.Bomb(megabytes: 64));
        Put("xml-long-sau.docx", RawDocx.Nested(depth: 100_000));
        Put("bom-giai-nen.pdf", RawPdf.InflatingContent(megabytes: 200));
        // Several times what a quiet 2-core machine reads in the 3 s limit, so the limit stops it however fast the machine;
        // spread over pages within the per-page limits, since one page of millions of operators is now refused unparsed
        // ("nhieu-lenh.pdf"), and a reader stopped between pages frees its core for the files after it.
        Put("trang-cham.pdf", RawPdf.ManyPagesOfOperators(pages: 50, runsPerPage: 40_000));
        Put("nhieu-lenh.pdf", RawPdf.ManyOperators(2_000_000));
        Put("qua-lon.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Kế hoạch thực hiện Kết luận số 21-KL/TW.\n", 250_000))));
        var docx = Corpus("000", ".docx");
        Put("word-cat-cut.docx", docx[..(docx.Length / 2)]);
        return expected;
    }

    /// <summary>Files whose names lie about a format their content shows: read by their content, each with a notice.</summary>
    private static readonly Dictionary<string, string> Mislabelled = new(StringComparer.Ordinal)
    {
        ["la-pdf.docx"] = "phần mở rộng là .docx nhưng nội dung là PDF: đã đọc theo nội dung thật của tệp (.pdf)",
        ["la-van-ban.pdf"] = "phần mở rộng là .pdf nhưng nội dung là văn bản thuần: đã đọc theo nội dung thật của tệp (.txt)",
        ["la-word.txt"] = "phần mở rộng là .txt nhưng nội dung là gói ZIP/DOCX: đã đọc theo nội dung thật của tệp (.docx)",
    };

    [Fact]
    public void Every_hostile_file_is_rejected_with_its_reason_and_every_good_one_ingested()
    {
        PutGoodFiles();
        var expected = PutHostileFiles();

        var clock = Stopwatch.StartNew();
        var report = new IngestRunner(ReaderCatalog.Default(), Options).Run([folder.FullName]);
        clock.Stop();

        output.WriteLine($"| file | reason | time |\n| --- | --- | ---: |");
        foreach (var rejected in report.Rejected.OrderBy(r => r.Path, StringComparer.Ordinal))
            output.WriteLine($"| {Path.GetFileName(rejected.Path)} | {rejected.Reason} | {rejected.Elapsed.TotalSeconds:0.00} s |");
        output.WriteLine($"whole run: {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.Equal(["tot-pdf", "tot-van-ban", "tot-word"], report.Documents.Select(d => d.Id).Where(id => id.StartsWith("tot-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        // The renamed copies of seed 000 are read by what they are, and the report says how each was read.
        var sources = report.Documents.SelectMany(d => d.Sources).Select(s => Path.GetFileName(s.Path)).ToHashSet(StringComparer.Ordinal);
        Assert.All(Mislabelled.Keys, name => Assert.Contains(name, sources));
        var notices = report.Notices.ToDictionary(n => Path.GetFileName(n.Path), n => n.Message, StringComparer.Ordinal);
        foreach (var (name, notice) in Mislabelled)
            Assert.Equal(notice, notices[name]);
        var reasons = report.Rejected.ToDictionary(r => Path.GetFileName(r.Path), r => r.Reason, StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), reasons.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, part) in expected)
            Assert.True(reasons[name].Contains(part, StringComparison.Ordinal), $"{name}: {reasons[name]}");
        // The slow page is given up at its limit plus the grace, not waited out.
        var slow = report.Rejected.Single(r => r.Path.EndsWith("trang-cham.pdf", StringComparison.Ordinal));
        Assert.True(slow.Elapsed < Options.Limits.Timeout + Options.StuckReaderGrace + TimeSpan.FromSeconds(3), slow.Elapsed.ToString());
    }

    [Fact]
    public void Hostile_files_added_to_an_indexed_corpus_leave_the_index_whole()
    {
        PutGoodFiles();
        var index = Path.Combine(folder.FullName, "..", folder.Name + "-index");
        try
        {
            var builder = new IndexBuilder(ReaderCatalog.Default(), Options);
            builder.Build(index, [folder.FullName]);
            Dictionary<string, string> texts;
            using (var before = DocumentIndex.Open(index))
                texts = before.Records().ToDictionary(record => record.Id, record => record.Text, StringComparer.Ordinal);
            Assert.Equal(3, texts.Count);

            PutHostileFiles();
            var result = builder.Build(index, [folder.FullName]);

            Assert.Equal(14, result.Report.Rejected.Count);
            using var after = DocumentIndex.Open(index);
            // Every document indexed before is there as it was; the renamed files add what they hold.
            var afterTexts = after.Records().ToDictionary(record => record.Id, record => record.Text, StringComparer.Ordinal);
            foreach (var (id, text) in texts)
                Assert.Equal(text, afterTexts[id]);
            Assert.Contains(after.Records(), record => record.Sources.Any(s => Path.GetFileName(s.Path) == "la-pdf.docx"));
        }
        finally
        {
            if (Directory.Exists(index))
                Directory.Delete(index, recursive: true);
        }
    }

    [Fact]
    public void Files_with_odd_unicode_names_are_ingested_under_those_names()
    {
        var text = Corpus("002", ".txt");
        var names = new[]
        {
            "Kế hoạch NFC.txt",
            "Kế hoạch NFD.txt".Normalize(NormalizationForm.FormD),
            "خطة \u202Eتقرير.txt",
            "kế-hoạch-🎉-2024.txt",
            // 255 bytes is the longest name Linux allows; Vietnamese letters take two or three.
            new string('ạ', 82) + ".txt",
        };
        for (var i = 0; i < names.Length; i++)
            Put(names[i], [.. text, .. Encoding.UTF8.GetBytes($"\nBản {i}\n")]);

        var report = new IngestRunner(ReaderCatalog.Default(), Options).Run([folder.FullName]);

        Assert.Empty(report.Rejected);
        Assert.Equal(names.Select(Path.GetFileName).Order(StringComparer.Ordinal), report.Sources.Select(s => Path.GetFileName(s.File.Path)).Order(StringComparer.Ordinal));
    }
}
