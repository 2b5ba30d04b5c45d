using System.Globalization;
using System.Text;
using DirectiveSearch.Bench.Measures;

namespace DirectiveSearch.Bench.ArchiveBench;

/// <summary>The archive benchmark's tables: one column per archive size, each figure beside its target (issue 15).</summary>
public static class ArchiveBenchMarkdown
{
    public static string Render(ArchiveBenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine(c, $"# dirsearch-bench bench --archive · {report.Machine.Cores} cores · {report.Machine.Runtime} · {report.Machine.Date}");
        md.AppendLine();
        md.AppendLine(c, $"Generated archives (seed {report.Seed}); {report.Queries} queries built from the indexed documents; HTTP with no search cache and no rate limit.");
        md.AppendLine();
        md.AppendLine("| figure | target | " + string.Join(" | ", report.Sizes.Select(s => s.Documents.ToString("N0", c))) + " |");
        md.AppendLine("| --- | --- | " + string.Join(" | ", report.Sizes.Select(_ => "---:")) + " |");
        void Row(string name, string target, Func<ArchiveFigures, string> value) =>
            md.AppendLine(c, $"| {name} | {target} | {string.Join(" | ", report.Sizes.Select(value))} |");
        Row("files (documents in two renditions count twice)", "", s => s.Files.ToString("N0", c));
        Row("text MB", "", s => s.TextMegabytes.ToString("0.0", c));
        Row("generate s", "", s => s.Reused ? "reused" : s.GenerateSeconds.ToString("0.0", c));
        Row("ingest from empty s (dirsearch ingest, wall)", "", s => s.IngestSeconds.ToString("0.0", c));
        Row("ingest MB text/s end to end", "≥ 10", s => s.IngestMegabytesPerSecond.ToString("0.00", c));
        Row("ingest peak memory MB", "≤ 2048", s => s.IngestPeakMegabytes.ToString("0", c));
        Row("documents indexed (truth: documents generated)", "= documents", s => s.IndexedDocuments.ToString("N0", c));
        Row("index MB", "", s => s.IndexMegabytes.ToString("0.0", c));
        Row("index / text", "≤ 2.5", s => s.SizeRatio.ToString("0.00", c));
        Row("server start → /health ms", "", s => s.StartToHealthMilliseconds.ToString("0", c));
        Row("server start → first search answered ms", "≤ 3000", s => s.StartToFirstSearchMilliseconds.ToString("0", c));
        Row("query p50 ms (HTTP, 1 connection, no cache)", "≤ 5", s => s.Query.P50.ToString("0.0", c));
        Row("query p95 ms", "≤ 25", s => s.Query.P95.ToString("0.0", c));
        Row("requests/s at 32 connections (errors)", "≥ 500", s => $"{s.RequestsPerSecond:0} ({s.LoadErrors})");
        Row("upload of a plan → searchable and in the KB: p50 / p95 ms", "p95 ≤ 1000", s => $"{s.Upload.P50:0} / {s.Upload.P95:0} ({s.UploadsVisible}/{s.Upload.Count} seen)");
        Row("delete of it → gone: p50 / p95 ms", "p95 ≤ 1000", s => $"{s.Delete.P50:0} / {s.Delete.P95:0} ({s.DeletesGone}/{s.Delete.Count} gone)");
        Row("server peak memory MB", "≤ 2048", s => s.ServerPeakMegabytes.ToString("0", c));
        Row("implementations, direct: precision / recall", "≥ 0.99", s => $"{s.Direct.Precision:0.000} / {s.Direct.Recall:0.000}");
        Row("implementations, transitive: precision / recall", "≥ 0.99", s => $"{s.Transitive.Precision:0.000} / {s.Transitive.Recall:0.000}");
        Row("(directive, plan) pairs expected / found, transitive", "", s => $"{s.Transitive.Expected} / {s.Transitive.Found}");
        Row("SQLite FTS5: index / text", "", s => s.Sqlite.SizeRatio.ToString("0.00", c));
        Row("SQLite FTS5: query p50 / p95 ms (in process, 1 thread)", "", s => $"{s.Sqlite.Query.P50:0.00} / {s.Sqlite.Query.P95:0.00}");
        md.AppendLine();
        if (report.Sizes.Count > 1)
        {
            var first = report.Sizes[0];
            var last = report.Sizes[^1];
            var growth = (double)last.Documents / first.Documents;
            md.AppendLine(c, $"Growth ×{growth:0}: ingest time ×{last.IngestSeconds / Math.Max(first.IngestSeconds, 1e-9):0.0}, query p95 ×{last.Query.P95 / Math.Max(first.Query.P95, 1e-9):0.0}, upload p95 ×{last.Upload.P95 / Math.Max(first.Upload.P95, 1e-9):0.0}, server peak memory ×{last.ServerPeakMegabytes / Math.Max(first.ServerPeakMegabytes, 1e-9):0.0}.");
        }

        return md.ToString();
    }
}
