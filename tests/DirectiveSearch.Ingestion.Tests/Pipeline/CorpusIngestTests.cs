using DirectiveSearch.Ingestion.Pipeline;

namespace DirectiveSearch.Ingestion.Tests.Pipeline;

/// <summary>The bundled corpus: five plans in sixteen files (txt, docx, pdf, and one scan).</summary>
public sealed class CorpusIngestTests(CorpusIngestFixture corpus) : IClassFixture<CorpusIngestFixture>
{
    [Fact]
    public void Yields_five_documents_from_sixteen_files_with_nothing_rejected()
    {
        var report = corpus.Report;
        Assert.Empty(report.Rejected);
        Assert.Equal(16, report.SourceCount);
        Assert.Equal(
            ["000_4cbdf169707affb0", "001_e0cf88b19ba32315", "002_f40361709d858c1f", "003_41e233eb54fad814", "004_c789a2f662faff50"],
            report.Documents.Select(d => d.Id));
    }

    [Fact]
    public void Groups_each_plans_files_by_content_whatever_their_format()
    {
        foreach (var document in corpus.Report.Documents)
        {
            var stems = document.Sources.Select(s => Path.GetFileName(s.Path)[..20]).Distinct();
            Assert.Equal([document.Id], stems);
            var formats = document.Sources.Select(s => s.Format).Order().ToList();
            var expected = document.Id.StartsWith("001", StringComparison.Ordinal)
                ? new[] { "docx", "pdf", "pdf", "txt" }
                : ["docx", "pdf", "txt"];
            Assert.Equal(expected, formats);
        }
    }

    [Fact]
    public void Marks_the_scanned_pdf_as_ocr_and_only_it()
    {
        var sources = corpus.Report.Documents.SelectMany(d => d.Sources).ToList();
        var ocr = Assert.Single(sources, s => s.Ocr);
        Assert.EndsWith("001_e0cf88b19ba32315.scanned.pdf", ocr.Path, StringComparison.Ordinal);
        Assert.NotEmpty(ocr.OcrPages);
        Assert.Equal(ocr.Pages, ocr.OcrPages.Count);
        Assert.All(sources.Where(s => !s.Ocr), s => Assert.Empty(s.OcrPages));
    }

    [Fact]
    public void Records_carry_structure_and_hashes()
    {
        var byId = corpus.Report.Documents.ToDictionary(d => d.Id);
        Assert.Equal("28-KH/ĐUK", byId["000_4cbdf169707affb0"].Symbol);
        Assert.Equal("62-KH/ĐUK", byId["003_41e233eb54fad814"].Symbol);
        Assert.All(corpus.Report.Documents, d =>
        {
            Assert.Equal("KH", d.Type.Code);
            Assert.Equal("Kế hoạch", d.Type.Name);
            Assert.NotEmpty(d.Sections);
            Assert.All(d.Sources, s => Assert.Matches("^[0-9a-f]{64}$", s.ContentHash));
        });
        Assert.Equal("Nguyễn Trọng Vân", byId["002_f40361709d858c1f"].Signer?.Name);
    }
}

/// <summary>Ingests the corpus once for all tests of the class: OCR of the scan takes seconds.</summary>
public sealed class CorpusIngestFixture
{
    public IngestReport Report { get; } =
        new IngestRunner(ReaderCatalog.Default(), IngestOptions.Default).Run([RepositoryFiles.Corpus]);
}
