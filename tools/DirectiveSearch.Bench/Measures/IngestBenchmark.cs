using System.Diagnostics;
using System.Text;
using DirectiveSearch.Ingestion.Pipeline;

namespace DirectiveSearch.Bench.Measures;

/// <summary>Reading and parsing throughput of one format with a given number of workers (no index written).</summary>
public sealed record IngestFigures(string Format, int Workers, int Files, int Documents, double Seconds, double DocumentsPerSecond, double TextMegabytesPerSecond, int Pages, double PagesPerSecond, int Rejected);

/// <summary>Runs the ingest pipeline's read-parse-group-merge stage over files of one format and times it.</summary>
public static class IngestBenchmark
{
    public static IngestFigures Measure(string format, IReadOnlyList<string> files, int workers)
    {
        var clock = Stopwatch.StartNew();
        var report = new IngestRunner(ReaderCatalog.Default(), new IngestOptions(workers, OcrEnabled: false)).Run(files);
        clock.Stop();
        var seconds = clock.Elapsed.TotalSeconds;
        var megabytes = report.Sources.Sum(s => (double)Encoding.UTF8.GetByteCount(s.Text)) / 1_000_000;
        var pages = report.Sources.Sum(s => s.File.Pages ?? 0);
        return new IngestFigures(
            format,
            workers,
            files.Count,
            report.Documents.Count,
            seconds,
            report.Sources.Count / seconds,
            megabytes / seconds,
            pages,
            pages / seconds,
            report.Rejected.Count);
    }
}
