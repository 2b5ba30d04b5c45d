using DirectiveSearch.Ingestion.Pipeline;

namespace DirectiveSearch.Cli.Commands;

/// <summary>The human-readable ingest summary, in Vietnamese with the English terms alongside.</summary>
public static class IngestSummaryPrinter
{
    public static void Print(IndexBuildResult result, string indexDirectory, TextWriter output)
    {
        var report = result.Report;
        var formats = string.Join(", ", report.SourcesPerFormat.Select(kv => $"{kv.Value} {kv.Key}"));
        output.WriteLine($"Đã nhập {report.Documents.Count} văn bản (documents) từ {report.SourceCount} tệp (sources): {formats}.");
        var change = result.Committed ? $"đã ghi (committed), {result.CitationCount} trích dẫn (citations)" : "không thay đổi (unchanged)";
        output.WriteLine($"Chỉ mục (index): {indexDirectory}, {change} · đọc mới (parsed) {report.ParsedCount}, dùng lại (reused) {report.ReusedCount} · thời gian: {report.Elapsed.TotalSeconds:0.0} s");
        foreach (var document in report.Documents)
        {
            var symbol = document.Symbol is null ? string.Empty : $" {document.Symbol}";
            output.WriteLine($"  {document.Id}  {document.Type.Name}{symbol} · {document.Sources.Count} tệp · {Shorten(document.Title, 80)}");
        }

        var gaps = DocumentGaps.Of(report.Documents);
        output.WriteLine($"Văn bản thiếu thông tin (missing fields): không rõ loại (type) {gaps.NoType} · không có ngày (date) {gaps.NoDate} · không có tiêu đề (title) {gaps.NoTitle} · không rõ cơ quan ban hành (issuer) {gaps.NoIssuer}");
        // Every merge is the ingest's judgement that files are one document: shown, so a user can check it.
        output.WriteLine($"Tệp được gộp thành một văn bản (merged): {report.Merges.Count} văn bản");
        foreach (var merge in report.Merges)
        {
            output.WriteLine($"  {merge.Id}: {string.Join(" + ", merge.Files)} · giống nhau (resemblance) {merge.Resemblance:P1}");
        }

        foreach (var path in report.MissingPaths)
            output.WriteLine($"Không tìm thấy đường dẫn (missing): {path}");
        if (report.Notices.Count > 0)
        {
            // Text converted from a legacy encoding, files read by their content rather than their name.
            output.WriteLine($"Thông báo về tệp (notices): {report.Notices.Count}");
            foreach (var notice in report.Notices)
                output.WriteLine($"  {notice.Path}: {notice.Message}");
        }

        output.WriteLine($"Tệp bị từ chối (rejected): {report.Rejected.Count}");
        foreach (var rejected in report.Rejected)
            output.WriteLine($"  {rejected.Path}: {rejected.Reason}");
    }

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > 0 ? cut : max)] + " …";
    }
}
