using System.Text.Json;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Readers;

namespace DirectiveSearch.Ingestion.Tests.Identity;

/// <summary>Where the line between one document and two is drawn on real documents: renditions merge, articles never do.</summary>
public sealed class BenchIdentityTests
{
    private static IngestReport Ingest(params string[] paths) =>
        new IngestRunner(ReaderCatalog.Default(), new IngestOptions(Workers: 2, OcrEnabled: false)).Run(paths);

    [BenchFact("formats")]
    public void Every_docx_and_pdf_pair_of_the_formats_set_is_one_document()
    {
        var folder = Path.Combine(RepositoryFiles.Bench, "formats");
        var report = Ingest(folder);
        Assert.Empty(report.Rejected);

        var documentOf = report.Documents
            .SelectMany(d => d.Sources.Select(s => (Stem: Path.GetFileNameWithoutExtension(s.Path), d.Id)))
            .ToLookup(p => p.Stem, p => p.Id);
        Assert.Equal(150, documentOf.Count);
        Assert.All(documentOf, stem => Assert.Single(stem.Distinct()));

        // A document of files from two vbpl pages is one only when vbpl gives both pages one number.
        var numbers = NumbersOfVbplPages();
        foreach (var document in report.Documents)
        {
            var stems = document.Sources.Select(s => Path.GetFileNameWithoutExtension(s.Path)).Distinct().ToList();
            if (stems.Count > 1)
                Assert.Single(stems.Select(stem => LatinLookalikes(numbers[stem])).Distinct());
        }
    }

    [BenchFact("laws")]
    public void The_laws_split_one_article_per_file_give_one_document_per_file()
    {
        var folder = Directory.CreateTempSubdirectory("dirsearch-articles-");
        try
        {
            var files = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Bench, "laws"), "*.txt")
                .SelectMany(law => LawSplitter.Split(law, folder.FullName))
                .ToList();
            Assert.True(files.Count > 17_000, $"{files.Count} articles");

            var report = Ingest(folder.FullName);

            Assert.Empty(report.Rejected);
            // Byte-identical files are one content (one hash), whatever their names: Điều 1 of the Luật Doanh nghiệp of
            // 2014 and of 2020 read word for word alike. Every other article is a document of its own.
            var contents = report.Sources.Select(s => s.File.ContentHash).Distinct().Count();
            Assert.Equal(contents, report.Documents.Count);
            Assert.All(report.Documents, d => Assert.Single(d.Sources.Select(s => s.ContentHash).Distinct()));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Dictionary<string, string> NumbersOfVbplPages() =>
        File.ReadLines(Path.Combine(RepositoryFiles.Bench, "vbpl", "MANIFEST.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(
                e => Path.GetFileNameWithoutExtension(e.GetProperty("file").GetString()!),
                e => e.TryGetProperty("so_hieu", out var number) && number.ValueKind == JsonValueKind.String ? number.GetString()! : string.Empty);

    // vbpl types some numbers with a Cyrillic letter that looks Latin ("TT-BTС").
    private static string LatinLookalikes(string text) =>
        string.Concat(text.Select(c => "АВЕКМНОРСТХ".IndexOf(c, StringComparison.Ordinal) is var k and >= 0 ? "ABEKMHOPCTX"[k] : c));
}
