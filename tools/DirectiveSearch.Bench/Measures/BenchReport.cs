using System.Globalization;
using System.Text;

namespace DirectiveSearch.Bench.Measures;

/// <summary>Everything one "dirsearch bench" run measured; written as JSON and as Markdown tables.</summary>
public sealed record BenchReport(
    BenchMachine Machine,
    IReadOnlyList<string> Paths,
    IReadOnlyList<IngestFigures> Ingest,
    PdfBaseline? PdfToText,
    IndexFigures Index,
    QuerySetInfo QuerySet,
    IReadOnlyList<QueryFigures> Queries,
    PeerFigures Sqlite,
    HttpFigures? Http,
    HttpFigures? HttpUncached,
    IReadOnlyList<GrowthFigures> Growth,
    TaskFigures? Tasks = null)
{
    /// <summary>Ranking on the judged question set, side by side with SQLite FTS5.</summary>
    public RankingReport? Ranking { get; init; }

    /// <summary>The ranking table: one row per setting, ours and FTS5 side by side, and the difference in MRR@10.</summary>
    public static string RankingMarkdown(RankingReport ranking)
    {
        var md = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        md.AppendLine(c, $"## Ranking ({ranking.Source})");
        md.AppendLine();
        if (ranking.Skipped is { } reason)
        {
            md.AppendLine(c, $"Skipped: {reason}.");
            return md.ToString();
        }

        var questions = ranking.Lines.Count > 0 ? ranking.Lines[0].Questions : 0;
        md.AppendLine(c, $"{questions} judged questions; {ranking.Articles} articles (one document each), or {ranking.Laws} laws (one document each, hits are sections, a section counts as its article). SQLite FTS5: unicode61 remove_diacritics 2, the question's words OR-ed, BM25, over the articles.");
        md.AppendLine();
        md.AppendLine("| setting | ours MRR@10 | R@1 | R@5 | R@10 | FTS5 MRR@10 | R@1 | R@5 | R@10 | MRR@10 ours − FTS5 |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var ours in ranking.Lines.Where(l => l.Engine == "dirsearch"))
        {
            var peer = ranking.Lines.Single(l => l.Engine == "sqlite-fts5" && l.Setting == ours.Setting);
            md.AppendLine(c, $"| {ours.Setting} | {ours.Mrr10:0.000} | {ours.Recall1:0.000} | {ours.Recall5:0.000} | {ours.Recall10:0.000} | {peer.Mrr10:0.000} | {peer.Recall1:0.000} | {peer.Recall5:0.000} | {peer.Recall10:0.000} | {ours.Mrr10 - peer.Mrr10:+0.000;-0.000} |");
        }

        return md.ToString();
    }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        md.AppendLine(c, $"# dirsearch bench · {Machine.Cores} cores · {Machine.Runtime} · {Machine.Date}");
        md.AppendLine();
        md.AppendLine(c, $"Data: {string.Join(", ", Paths)}");
        md.AppendLine();
        md.AppendLine("## Ingest (read, parse, group; no index)");
        md.AppendLine();
        md.AppendLine("| format | workers | files | documents | s | files/s | MB text/s | pages/s | rejected |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var i in Ingest)
            md.AppendLine(c, $"| {i.Format} | {i.Workers} | {i.Files} | {i.Documents} | {i.Seconds:0.0} | {i.DocumentsPerSecond:0.0} | {i.TextMegabytesPerSecond:0.00} | {(i.Pages > 0 ? i.PagesPerSecond.ToString("0", c) : "–")} | {i.Rejected} |");
        if (PdfToText is { } pdf)
        {
            md.AppendLine();
            md.AppendLine(c, $"pdftotext on the same {pdf.Files} PDFs with {pdf.Workers} processes: {pdf.Seconds:0.0} s; ours takes **{pdf.Ratio:0.00}×** its time (target ≤ 3×).");
        }

        md.AppendLine();
        md.AppendLine("## Index");
        md.AppendLine();
        md.AppendLine(c, $"- built from all files with {Index.Workers} workers in {Index.BuildSeconds:0.0} s: {Index.Documents} documents, {Index.TextMegabytes:0.0} MB of text, **{Index.BuildTextMegabytesPerSecond:0.00} MB/s** end to end (target ≥ 10)");
        md.AppendLine(c, $"- size on disk {Index.IndexMegabytes:0.0} MB = **{Index.SizeRatio:0.00}×** the extracted text (target ≤ 2×); SQLite FTS5: {Sqlite.SizeMegabytes:0.0} MB ({Sqlite.SizeMegabytes / Index.TextMegabytes:0.00}×)");
        md.AppendLine(c, $"- time to open: {Index.OpenMilliseconds:0} ms; then to build the knowledge base and citation graph from the stored citations: {Index.KnowledgeBaseMilliseconds:0} ms");
        md.AppendLine(c, $"- peak resident memory while building: {Index.BuildPeakMegabytes:0} MB");
        if (Tasks is { } tasks)
            md.AppendLine(c, $"- tasks of every plan (\"Tổ chức thực hiện\"): {tasks.Tasks} tasks of {tasks.Units} units from {tasks.Documents} documents in {tasks.Milliseconds:0} ms = **{tasks.Percent:0.00} %** of the {tasks.IngestSeconds:0.0} s ingest (target < 10 %)");
        md.AppendLine();
        md.AppendLine(c, $"## Queries ({QuerySet.Count} queries, {QuerySet.Source})");
        md.AppendLine();
        md.AppendLine("Latency in ms; ratio = ours / SQLite FTS5 at the same threads (below 1 is faster).");
        md.AppendLine();
        md.AppendLine("| kind | threads | ours p50 | ours p95 | ours p99 | ours q/s | SQLite p50 | SQLite p95 | SQLite p99 | SQLite q/s | p50 ratio | p95 ratio |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var ours in Queries.Where(q => q.Engine == "dirsearch"))
        {
            var peer = Queries.Single(q => q.Engine == "sqlite-fts5" && q.Threads == ours.Threads);
            foreach (var (kind, stats) in ours.ByKind.Append(KeyValuePair.Create("all", ours.All)))
            {
                var other = kind == "all" ? peer.All : peer.ByKind[kind];
                md.AppendLine(c, $"| {kind} | {ours.Threads} | {stats.P50:0.000} | {stats.P95:0.000} | {stats.P99:0.000} | {stats.QueriesPerSecond:0} | {other.P50:0.000} | {other.P95:0.000} | {other.P99:0.000} | {other.QueriesPerSecond:0} | {stats.P50 / other.P50:0.00} | {stats.P95 / other.P95:0.00} |");
            }
        }

        md.AppendLine();
        md.AppendLine(c, $"SQLite FTS5 (unicode61 remove_diacritics 2, BM25, snippet): {Sqlite.Passages} passages, built in {Sqlite.BuildSeconds:0.0} s.");
        if (Http is { } http)
        {
            md.AppendLine();
            md.AppendLine("## HTTP (GET /api/search, cycling through the query set)");
            md.AppendLine();
            foreach (var figures in new[] { http, HttpUncached }.OfType<HttpFigures>())
            {
                var cache = figures.SearchCache == 0 ? "no search cache (every request searched)" : $"search cache of {figures.SearchCache} (the server's default)";
                md.AppendLine(c, $"- {cache}, {figures.Connections} connections for {figures.Seconds:0} s: **{figures.RequestsPerSecond:0} requests/s** (target ≥ 2,000), p50 {figures.Latency.P50:0.0} ms, **p99 {figures.Latency.P99:0.0} ms** (target ≤ 50), {figures.Errors} errors of {figures.Requests}; server peak memory {figures.ServerPeakMegabytes:0} MB.");
            }
        }

        if (Growth.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## Growth (parsed corpus copied k times; resolve and index, then the same queries, 1 thread)");
            md.AppendLine();
            md.AppendLine("| k | documents | MB text | index s | index MB | query p50 ms | query p95 ms | peak MB |");
            md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var g in Growth)
                md.AppendLine(c, $"| {g.Factor} | {g.Documents} | {g.TextMegabytes:0.0} | {g.IndexSeconds:0.0} | {g.IndexMegabytes:0.0} | {g.QueryP50:0.000} | {g.QueryP95:0.000} | {g.PeakMegabytes:0} |");
        }

        if (Ranking is { } ranking)
        {
            md.AppendLine();
            md.Append(RankingMarkdown(ranking));
        }

        return md.ToString();
    }
}

public sealed record BenchMachine(int Cores, string Runtime, string Os, string Date);

public sealed record PdfBaseline(int Files, int Workers, double Seconds, double OursSeconds, double Ratio);

public sealed record IndexFigures(int Workers, int Documents, double TextMegabytes, double BuildSeconds, double BuildTextMegabytesPerSecond, double IndexMegabytes, double SizeRatio, double OpenMilliseconds, double KnowledgeBaseMilliseconds, double BuildPeakMegabytes);

public sealed record QuerySetInfo(int Count, string Source, IReadOnlyDictionary<string, int> PerKind);

public sealed record PeerFigures(string Engine, int Passages, double BuildSeconds, double SizeMegabytes);
