using System.Globalization;
using DirectiveSearch.Ingestion.Pipeline;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// The human-readable ingest summary, in Vietnamese with the English terms alongside: counts, the wall time, documents
/// lacking a field, merges, notices and every rejected file. One line per document only with --list, so a corpus of a
/// thousand documents ends with a summary one can read.
/// </summary>
public static class IngestSummaryPrinter
{
    /// <summary>Merges and notices shown without --list; the rest are counted, and --list shows all.</summary>
    public const int ShownWithoutList = 20;

    public static void Print(IndexBuildResult result, string indexDirectory, TimeSpan wall, bool list, TextWriter output)
    {
        var report = result.Report;
        var formats = string.Join(", ", report.SourcesPerFormat.Select(kv => $"{kv.Value} {kv.Key}"));
        output.WriteLine($"Đã nhập {report.Documents.Count} văn bản (documents) từ {report.SourceCount} tệp (sources): {formats}.");
        var change = result.Committed ? $"đã ghi (committed), {result.CitationCount} trích dẫn (citations)" : "không thay đổi (unchanged)";
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Chỉ mục (index): {indexDirectory}, {change} · đọc mới (parsed) {report.ParsedCount}, dùng lại (reused) {report.ReusedCount} · thời gian: {Duration(wall)}"));
        if (list)
        {
            foreach (var document in report.Documents)
            {
                var symbol = document.Symbol is null ? string.Empty : $" {document.Symbol}";
                output.WriteLine($"  {document.Id}  {document.Type.Name}{symbol} · {document.Sources.Count} tệp · {Shorten(document.Title, 80)}");
            }
        }

        var gaps = DocumentGaps.Of(report.Documents);
        output.WriteLine($"Văn bản thiếu thông tin (missing fields): không rõ loại (type) {gaps.NoType} · không có ngày (date) {gaps.NoDate} · không có tiêu đề (title) {gaps.NoTitle} · không rõ cơ quan ban hành (issuer) {gaps.NoIssuer}");
        // Every merge is the ingest's judgement that files are one document: shown, so a user can check it.
        output.WriteLine($"Tệp được gộp thành một văn bản (merged): {report.Merges.Count} văn bản");
        foreach (var merge in Shown(report.Merges, list, output))
            output.WriteLine($"  {merge.Id}: {string.Join(" + ", merge.Files)} · giống nhau (resemblance) {merge.Resemblance:P1}");

        foreach (var path in report.MissingPaths)
            output.WriteLine($"Không tìm thấy đường dẫn (missing): {path}");
        if (report.Notices.Count > 0)
        {
            // Text converted from a legacy encoding, files read by their content rather than their name.
            output.WriteLine($"Thông báo về tệp (notices): {report.Notices.Count}");
            foreach (var notice in Shown(report.Notices, list, output))
                output.WriteLine($"  {notice.Path}: {notice.Message}");
        }

        // Every rejected file, always: each one is a file the user must look at.
        output.WriteLine($"Tệp bị từ chối (rejected): {report.Rejected.Count}");
        foreach (var rejected in report.Rejected)
            output.WriteLine($"  {rejected.Path}: {rejected.Reason}");
        if (!list && report.Documents.Count > 0)
            output.WriteLine("(--list: từng văn bản, mọi tệp được gộp và mọi thông báo)");
    }

    /// <summary>"2 phút 31 s", "4.2 s": the wall time as a reader compares it with the clock.</summary>
    public static string Duration(TimeSpan wall) =>
        wall.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)wall.TotalMinutes} phút {wall.Seconds} s")
            : string.Create(CultureInfo.InvariantCulture, $"{wall.TotalSeconds:0.0} s");

    /// <summary>All items with --list; otherwise the first <see cref="ShownWithoutList"/>, then a line saying how many more.</summary>
    private static IEnumerable<T> Shown<T>(IReadOnlyList<T> items, bool list, TextWriter output)
    {
        var count = list ? items.Count : Math.Min(items.Count, ShownWithoutList);
        for (var i = 0; i < count; i++)
            yield return items[i];
        if (count < items.Count)
            output.WriteLine($"  … và {items.Count - count} nữa (--list)");
    }

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > 0 ? cut : max)] + " …";
    }
}
