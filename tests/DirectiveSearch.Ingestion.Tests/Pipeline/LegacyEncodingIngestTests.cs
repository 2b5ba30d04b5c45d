using System.Text;
using DirectiveSearch.Ingestion.Pipeline;

namespace DirectiveSearch.Ingestion.Tests.Pipeline;

/// <summary>Legacy and decomposed text through the whole parse: file → reader → normalized text, with its notice.</summary>
public sealed class LegacyEncodingIngestTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-legacy-");

    public void Dispose() => folder.Delete(recursive: true);

    private string Put(string name, byte[] bytes)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_decomposed_unicode_file_is_indexed_as_nfc()
    {
        const string text = "ĐẢNG BỘ KHỐI\nKế hoạch thực hiện Kết luận số 21-KL/TW về xây dựng, chỉnh đốn Đảng";
        var path = Put("nfd.txt", Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormD)));
        var outcome = new SourceParser(ReaderCatalog.Default(), new Readers.ReadOptions(string.Empty, OcrEnabled: false)).Parse(path, "nfd.txt");
        Assert.Equal(text, outcome.Source?.Text);
        Assert.Empty(outcome.Source!.File.Notices);
    }

    [Fact]
    public void A_vni_file_is_ingested_in_unicode_and_the_conversion_reported()
    {
        var vni = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(
            "KEÁ HOAÏCH\nThöïc hieän Keát luaän soá 21-KL/TW cuûa Ban Chaáp haønh Trung öông Ñaûng veà xaây döïng, chænh ñoán Ñaûng");
        Put("vni.txt", vni);
        Put("unicode.txt", Encoding.UTF8.GetBytes("KẾ HOẠCH\nTriển khai Nghị quyết số 35-NQ/TW của Bộ Chính trị"));

        var report = new IngestRunner(ReaderCatalog.Default(), new IngestOptions(Workers: 1, OcrEnabled: false)).Run([folder.FullName]);

        var source = Assert.Single(report.Sources, s => s.File.Path.EndsWith("vni.txt", StringComparison.Ordinal));
        Assert.Equal("KẾ HOẠCH\nThực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng về xây dựng, chỉnh đốn Đảng", source.Text);
        var notice = Assert.Single(report.Notices);
        Assert.EndsWith("vni.txt", notice.Path, StringComparison.Ordinal);
        Assert.StartsWith("Tệp được viết bằng bảng mã cũ VNI, đã chuyển sang Unicode", notice.Message, StringComparison.Ordinal);
        Assert.Empty(report.Rejected);
    }

    [Fact]
    public void The_conversion_notice_is_kept_with_the_record_and_survives_a_run_that_reuses_the_file()
    {
        Put("vni.txt", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("KEÁ HOAÏCH\nThöïc hieän Keát luaän soá 21-KL/TW cuûa Ban Chaáp haønh Trung öông Ñaûng"));
        var index = Path.Combine(folder.FullName, "index");
        var builder = new IndexBuilder(ReaderCatalog.Default(), new IngestOptions(Workers: 1, OcrEnabled: false));
        builder.Build(index, [Path.Combine(folder.FullName, "vni.txt")]);
        File.WriteAllBytes(Path.Combine(folder.FullName, "other.txt"), Encoding.UTF8.GetBytes("KẾ HOẠCH\nTriển khai Nghị quyết số 35-NQ/TW"));

        var again = builder.Build(index, [Path.Combine(folder.FullName, "vni.txt"), Path.Combine(folder.FullName, "other.txt")]);

        Assert.Equal(1, again.Report.ReusedCount);
        using var opened = DirectiveSearch.Search.Index.DocumentIndex.Open(index);
        var notice = Assert.Single(opened.Find("vni")!.Sources.Single().Notices);
        Assert.StartsWith("Tệp được viết bằng bảng mã cũ VNI", notice, StringComparison.Ordinal);
        Assert.Empty(opened.Find("other")!.Sources.Single().Notices);
    }
}
