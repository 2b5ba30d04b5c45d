using System.Text;
using System.Text.Json;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Index;
using DirectiveSearch.TestSupport;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DirectiveSearch.Ingestion.Tests.Incremental;

/// <summary>
/// An ingest into an index written for incremental change writes only the documents added, changed or removed, and the
/// documents whose citations they move; what it leaves is what a whole rewrite over the same files would give.
/// </summary>
public sealed class IncrementalIndexTests : IDisposable
{
    private static readonly IngestOptions Options = new(Workers: 2, OcrEnabled: false);

    private readonly DirectoryInfo work = System.IO.Directory.CreateTempSubdirectory("dirsearch-incremental-");

    public void Dispose() => work.Delete(recursive: true);

    private string Index => Path.Combine(work.FullName, "index");

    [Fact]
    public void Adding_a_file_to_the_corpus_in_place_gives_the_citations_and_directory_a_whole_rewrite_gives()
    {
        var corpus = Path.Combine(work.FullName, "corpus");
        System.IO.Directory.CreateDirectory(corpus);
        foreach (var file in System.IO.Directory.EnumerateFiles(RepositoryFiles.Corpus, "*.txt"))
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        var held = Path.Combine(work.FullName, Path.GetFileName(RepositoryFiles.Seed("002", ".txt")));
        File.Move(Path.Combine(corpus, Path.GetFileName(held)), held);

        var builder = new IndexBuilder(ReaderCatalog.Default(), Options);
        Assert.True(builder.Build(Index, [corpus]).WrittenWhole);
        File.Move(held, Path.Combine(corpus, Path.GetFileName(held)));
        var change = builder.Build(Index, [corpus]);
        Assert.False(change.WrittenWhole);

        var whole = Path.Combine(work.FullName, "whole");
        builder.Build(whole, [corpus], rebuild: true);

        using var changed = DocumentIndex.Open(Index);
        using var rewritten = DocumentIndex.Open(whole);
        Assert.Equal(rewritten.DocumentIds(), changed.DocumentIds());
        foreach (var id in rewritten.DocumentIds())
            Assert.Equal(Json(rewritten.CitationsOf(id)), Json(changed.CitationsOf(id)));
        Assert.Equal(Json(rewritten.Directory), Json(changed.Directory));
        Assert.Equal(change.CitationCount, new StoredChangeState(rewritten).CitationCount());
        Assert.True(change.Written.Count < rewritten.DocumentIds().Count, string.Join(", ", change.Written));
    }

    [Fact]
    public void An_undated_plan_reference_joins_the_plan_a_new_document_dates_and_leaves_it_when_that_document_goes()
    {
        var corpus = Path.Combine(work.FullName, "plans");
        Put(corpus, "a.txt", Plan("Kế hoạch số 60-KH/ĐUK về công tác dân vận năm 2022", "Thực hiện Kế hoạch số 49-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận, Ban Thường vụ Đảng ủy Khối xây dựng kế hoạch như sau."));
        Put(corpus, "b.txt", Plan("Kế hoạch số 61-KH/ĐUK về kiểm tra, giám sát năm 2022", "Thực hiện Chương trình kiểm tra, giám sát năm 2022 của Ban Chấp hành Đảng bộ Khối."));
        var builder = new IndexBuilder(ReaderCatalog.Default(), Options);
        builder.Build(Index, [corpus]);
        Assert.Equal("kh-49-tu", Target(Index, "a", "49-KH/TU"));

        var dating = Put(corpus, "c.txt", Plan("Kế hoạch số 62-KH/ĐUK về học tập chuyên đề năm 2022", "Căn cứ Kế hoạch số 49-KH/TU, ngày 11/10/2021 của Ban Thường vụ Tỉnh ủy về công tác dân vận, Ban Thường vụ Đảng ủy Khối ban hành kế hoạch."));
        var added = builder.Build(Index, [corpus]);
        Assert.Equal(["a", "c"], added.Written.Order(StringComparer.Ordinal));
        Assert.Equal("kh-49-tu-2021", Target(Index, "a", "49-KH/TU"));
        using (var index = DocumentIndex.Open(Index))
        {
            var entry = index.Directory.Directive("kh-49-tu-2021");
            Assert.NotNull(entry);
            Assert.Equal(2, entry.CitedByCount);
            Assert.Null(index.Directory.Directive("kh-49-tu"));
        }

        File.Delete(dating);
        var removed = builder.Build(Index, [corpus]);
        Assert.Equal(["c"], removed.Removed);
        Assert.Equal(["a"], removed.Written);
        Assert.Equal("kh-49-tu", Target(Index, "a", "49-KH/TU"));
        using (var index = DocumentIndex.Open(Index))
        {
            Assert.Null(index.Directory.Directive("kh-49-tu-2021"));
            Assert.Equal(1, index.Directory.Directive("kh-49-tu")!.CitedByCount);
        }
    }

    [Fact]
    public void Adding_one_document_writes_a_segment_of_its_own_and_leaves_every_other_segment_file_as_it_was()
    {
        var corpus = Path.Combine(work.FullName, "plans");
        for (var i = 0; i < 12; i++)
            Put(corpus, $"p{i:00}.txt", Plan($"Kế hoạch số {70 + i}-KH/ĐUK về nhiệm vụ {i} năm 2023", $"Thực hiện nhiệm vụ thứ {i} của Đảng bộ Khối trong năm 2023."));
        var builder = new IndexBuilder(ReaderCatalog.Default(), Options);
        builder.Build(Index, [corpus]);
        var before = Commit(Index);

        Put(corpus, "new.txt", Plan("Kế hoạch số 99-KH/ĐUK về chuyển đổi số năm 2023", "Thực hiện chủ trương chuyển đổi số của Tỉnh ủy."));
        var result = builder.Build(Index, [corpus]);

        Assert.Equal(["new"], result.Written);
        var after = Commit(Index);
        var kept = before.Files.Where(f => !f.StartsWith("segments", StringComparison.Ordinal)).ToList();
        Assert.All(kept, file => Assert.Contains(file, after.Files));
        Assert.All(kept, file => Assert.Equal(before.Lengths[file], after.Lengths[file]));
        // The new segments hold the new document's block and source, and the replaced directory and id ledger.
        using var directory = FSDirectory.Open(new DirectoryInfo(Index));
        using var reader = DirectoryReader.Open(directory);
        var newDocs = reader.Leaves
            .Where(l => !before.Segments.Contains(((SegmentReader)l.AtomicReader).SegmentName))
            .Sum(l => l.AtomicReader.MaxDoc);
        var blockDocs = reader.DocFreq(new Term(IndexFields.Block, "new")) + reader.DocFreq(new Term(IndexFields.SourceDocument, "new"));
        Assert.Equal(blockDocs + 2, newDocs);
    }

    private static (HashSet<string> Files, Dictionary<string, long> Lengths, HashSet<string> Segments) Commit(string index)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(index));
        var infos = new SegmentInfos();
        infos.Read(directory);
        var files = infos.GetFiles(directory, includeSegmentsFile: true).ToHashSet(StringComparer.Ordinal);
        return (files, files.ToDictionary(f => f, f => new FileInfo(Path.Combine(index, f)).Length), infos.Segments.Select(s => s.Info.Name).ToHashSet(StringComparer.Ordinal));
    }

    private static string? Target(string index, string id, string symbol)
    {
        using var opened = DocumentIndex.Open(index);
        var citations = opened.CitationsOf(id) ?? throw new InvalidOperationException($"no document {id}");
        return citations.Citations.First(c => c.Citation.Symbol?.Text == symbol).Target;
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value, RecordJson.Compact);

    private static string Put(string folder, string name, byte[] bytes)
    {
        System.IO.Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Plan(string title, string opening) => Encoding.UTF8.GetBytes(
        $"ĐẢNG BỘ TỈNH THỬ NGHIỆM\nĐẢNG ỦY KHỐI CÁC CƠ QUAN\n\nKẾ HOẠCH\n{title}\n\n{opening}\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai đến từng chi bộ.\n");
}
