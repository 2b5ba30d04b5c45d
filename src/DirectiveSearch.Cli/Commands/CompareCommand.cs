using System.Globalization;
using System.Text.Json;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Ingestion.Grouping;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Cli.Settings;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// dirsearch compare PATH... [--floor X] [--workers N] [--no-ocr] [--json]: every pair of files the ingest compares in full,
/// with their resemblance and the identifying fact that keeps them apart, if any. It shows why files were or were not
/// merged, and it is how the thresholds of <see cref="SameDocumentGrouper"/> were measured. Nothing is written.
/// </summary>
public static class CompareCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CommandArguments.Parse(args, CompareSettings.Definition);
        if (parsed.Positional.Count == 0)
            throw new UsageException("compare takes one or more files or folders");
        foreach (var path in parsed.Positional.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            throw new UsageException($"no file or folder at '{path}'");
        var floorText = parsed.Option("floor") ?? "0.3";
        if (!double.TryParse(floorText, NumberStyles.Float, CultureInfo.InvariantCulture, out var floor) || floor is < 0 or > 1)
            throw new UsageException($"--floor must be a number from 0 to 1, not '{floorText}'");

        var options = new IngestOptions(parsed.Int("workers"), OcrEnabled: !parsed.Flag("no-ocr"));
        var report = new IngestRunner(ReaderCatalog.Default(), options).Run(parsed.Positional);
        foreach (var rejected in report.Rejected)
            error.WriteLine($"dirsearch: {rejected.Path}: {rejected.Reason}");
        var sources = report.Sources;
        var pairs = SameDocumentGrouper.Compare(sources, floor)
            .Select(p => new
            {
                first = sources[p.First].File.Path,
                second = sources[p.Second].File.Path,
                resemblance = Math.Round(p.Resemblance, 4),
                disagreement = p.Disagreement,
                sameDocument = p.SameDocument,
            })
            .ToList();
        if (parsed.Flag("json"))
        {
            output.WriteLine(JsonSerializer.Serialize(new { files = sources.Count, threshold = SameDocumentGrouper.Threshold, pairs }, RecordJson.Options));
            return ExitCodes.Success;
        }

        output.WriteLine($"{sources.Count} tệp (files), {pairs.Count} cặp có độ giống ≥ {floor:P0} (pairs); gộp (same document) từ {SameDocumentGrouper.Threshold:P0} khi không có thông tin nào khác nhau");
        foreach (var pair in pairs)
        {
            var verdict = pair.sameDocument ? "cùng văn bản (same)" : pair.disagreement is null ? "khác (different)" : $"khác: {pair.disagreement}";
            output.WriteLine($"  {pair.resemblance,7:P1}  {pair.first}  ~  {pair.second}  · {verdict}");
        }

        return ExitCodes.Success;
    }
}
