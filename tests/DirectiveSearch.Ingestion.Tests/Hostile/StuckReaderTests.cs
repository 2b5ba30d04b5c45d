using System.Diagnostics;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Readers;
using DirectiveSearch.Readers.Docx;

namespace DirectiveSearch.Ingestion.Tests.Hostile;

/// <summary>
/// A reader that stops checking its budget (a library looping inside one call) is given up on by
/// the ingest watchdog: its file is reported as timed out and the run goes on without waiting.
/// </summary>
public sealed class StuckReaderTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-stuck-");
    private readonly ManualResetEventSlim release = new();

    public void Dispose()
    {
        // Ends the abandoned read's loop, so no thread keeps spinning after the test.
        release.Set();
        folder.Delete(recursive: true);
    }

    /// <summary>Stands for a third-party parser stuck in a loop: it never consults the budget.</summary>
    private sealed class LoopingReader(ManualResetEventSlim release) : IDocumentReader
    {
        public string Format => "txt";

        public ExtractedDocument Read(Stream content, ReadOptions options)
        {
            while (!release.IsSet)
                Thread.SpinWait(1000);
            return ExtractedDocument.FromParagraphs(["late"]);
        }
    }

    [Fact]
    public void A_reader_that_never_returns_costs_its_file_and_not_the_run()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "vong-lap.txt"), "KẾ HOẠCH");
        File.Copy(RepositoryFiles.Seed("004", ".docx"), Path.Combine(folder.FullName, "tot.docx"));
        var options = new IngestOptions(Workers: 2, OcrEnabled: false)
        {
            // Long enough for the Word file on a cold, shared machine; the stuck one waits it out.
            Limits = ReadLimits.Default with { Timeout = TimeSpan.FromSeconds(2) },
            StuckReaderGrace = TimeSpan.FromMilliseconds(500),
        };
        var readers = new ReaderCatalog([new LoopingReader(release), new DocxReader()]);

        var clock = Stopwatch.StartNew();
        var report = new IngestRunner(readers, options).Run([folder.FullName]);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        Assert.Equal(["tot"], report.Documents.Select(d => d.Id));
        var stuck = Assert.Single(report.Rejected);
        Assert.EndsWith("vong-lap.txt", stuck.Path, StringComparison.Ordinal);
        Assert.StartsWith("Quá thời gian: đọc tệp mất hơn 2 giây", stuck.Reason, StringComparison.Ordinal);
        Assert.EndsWith("đã bỏ qua tệp này", stuck.Reason, StringComparison.Ordinal);
        Assert.InRange(stuck.Elapsed, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(6));
    }
}
