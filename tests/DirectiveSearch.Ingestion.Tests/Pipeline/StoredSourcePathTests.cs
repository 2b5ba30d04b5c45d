using System.Security.Cryptography;
using System.Text;
using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Ingestion.Tests.Pipeline;

/// <summary>
/// What the index records of a source's path: relative to the folder given to ingest (with that folder kept beside it)
/// or to the index's uploads/, so records show no absolute path and an index moves whole; and an index written before
/// this (paths as given, no folders) still finds its files, its uploads in its own uploads/.
/// </summary>
public sealed class StoredSourcePathTests : IDisposable
{
    private static readonly IngestOptions Options = new(Workers: 1, OcrEnabled: false);

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("dirsearch-stored-paths-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void Sources_are_stored_relative_to_the_folder_given_to_ingest_and_uploads_relative_to_the_index()
    {
        var plans = Put("plans/2024/a.txt", Plan("Kế hoạch số 1-KH/TU về công tác tuyên giáo năm 2024"));
        var other = Put("other/b.txt", Plan("Kế hoạch số 2-KH/TU về kiểm tra, giám sát năm 2025"));
        var index = Path.Combine(work.FullName, "index");
        var upload = Put("index/uploads/" + Hash(Plan("Kế hoạch số 3-KH/TU về chuyển đổi số")) + ".txt", Plan("Kế hoạch số 3-KH/TU về chuyển đổi số"));

        new IndexBuilder(ReaderCatalog.Default(), Options).Build(index, [Path.Combine(work.FullName, "plans"), other, Path.GetDirectoryName(upload)!]);

        using var opened = DocumentIndex.Open(index);
        var sources = opened.SourceFiles().OrderBy(s => s.StoredPath, StringComparer.Ordinal).ToList();
        Assert.Equal(["2024/a.txt", "b.txt", "uploads/" + Path.GetFileName(upload)], sources.Select(s => s.StoredPath));
        Assert.Equal([Path.Combine(work.FullName, "plans"), Path.Combine(work.FullName, "other"), null], sources.Select(s => s.Root));
        Assert.Equal([plans, other, upload], sources.Select(s => s.FullPath));
        Assert.All(opened.Records().SelectMany(r => r.Sources), s => Assert.False(Path.IsPathRooted(s.Path), s.Path));
    }

    [Fact]
    public void A_server_change_passing_single_files_keeps_the_folder_the_corpus_was_ingested_from()
    {
        var nested = Put("corpus/a/b/c.txt", Plan("Kế hoạch số 4-KH/TU về cải cách hành chính"));
        var index = Path.Combine(work.FullName, "index");
        var builder = new IndexBuilder(ReaderCatalog.Default(), Options);
        builder.Build(index, [Path.Combine(work.FullName, "corpus")]);

        // What DocumentChanges does: every file of the generation, one by one, plus the new upload.
        var upload = Put("index/uploads/" + Hash(Plan("Kế hoạch số 5-KH/TU về y tế")) + ".txt", Plan("Kế hoạch số 5-KH/TU về y tế"));
        builder.Build(index, [nested, upload]);

        using var opened = DocumentIndex.Open(index);
        var corpusFile = Assert.Single(opened.SourceFiles(), s => s.Root is not null);
        Assert.Equal("a/b/c.txt", corpusFile.StoredPath);
        Assert.Equal(Path.Combine(work.FullName, "corpus"), corpusFile.Root);
    }

    [Fact]
    public void An_index_written_before_roots_were_kept_finds_its_uploads_in_its_own_folder_after_a_move()
    {
        // The old writer: paths as ingest showed them (absolute here, outside the working directory), no folder kept.
        var corpusFile = Put("corpus/d.txt", Plan("Kế hoạch số 6-KH/TU về giáo dục"));
        var index = Path.Combine(work.FullName, "index");
        var uploadBytes = Plan("Kế hoạch số 7-KH/TU về môi trường");
        var upload = Put("index/uploads/" + Hash(uploadBytes) + ".txt", uploadBytes);
        var report = new IngestRunner(ReaderCatalog.Default(), Options).Run([corpusFile, upload]);
        DocumentIndexWriter.Write(index, report.Documents, new CorpusCitationResolver().Resolve(report.Documents), report.Sources);

        var moved = Path.Combine(work.FullName, "moved");
        Directory.Move(index, moved);

        using (var opened = DocumentIndex.Open(moved))
        {
            var sources = opened.SourceFiles().ToDictionary(s => Path.GetFileName(s.FullPath));
            Assert.Equal(Path.Combine(moved, "uploads", Path.GetFileName(upload)), sources[Path.GetFileName(upload)].FullPath);
            Assert.Equal(corpusFile, sources["d.txt"].FullPath);
            Assert.All(sources.Values, s => Assert.True(File.Exists(s.FullPath), s.FullPath));
        }

        // The next build over the same files rewrites the paths in the new form, and keeps both documents.
        var result = new IndexBuilder(ReaderCatalog.Default(), Options).Build(moved, [corpusFile, Path.Combine(moved, "uploads")]);
        Assert.True(result.Committed);
        using var rewritten = DocumentIndex.Open(moved);
        Assert.Equal(["d.txt", "uploads/" + Path.GetFileName(upload)], rewritten.SourceFiles().Select(s => s.StoredPath).Order(StringComparer.Ordinal));
        Assert.Equal(2, rewritten.DocumentCount);
    }

    private string Put(string relative, byte[] bytes)
    {
        var path = Path.Combine(work.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Plan(string title) => Encoding.UTF8.GetBytes(
        $"ĐẢNG BỘ TỈNH THỬ NGHIỆM\n\nKẾ HOẠCH\n{title}\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. {title}, triển khai đến từng chi bộ.\n");

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
