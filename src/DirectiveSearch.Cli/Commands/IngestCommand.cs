using System.Diagnostics;
using System.Text.Json;
using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Ingestion.Pipeline;

namespace DirectiveSearch.Cli.Commands;

/// <summary>dirsearch ingest [PATH...] [--index DIR] [--workers N] [--no-ocr] [--meetings FILE] [--json]</summary>
public static class IngestCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CommandArguments.Parse(args, new HashSet<string> { "index", "workers", "meetings" }, new HashSet<string> { "no-ocr", "json" });
        var paths = parsed.Positional.Count > 0 ? parsed.Positional : [CliApp.DefaultCorpus];
        var indexDirectory = parsed.Option("index") ?? CliApp.DefaultIndex;
        var options = new IngestOptions(
            parsed.IntOption("workers", Environment.ProcessorCount, 1, 64),
            OcrEnabled: !parsed.Flag("no-ocr"),
            MeetingFile: parsed.Option("meetings"));
        if (options.MeetingFile is { } meetingFile)
            CheckMeetingFile(meetingFile);
        // Documents whose files are no longer found leave the index, so a mistyped path would empty it.
        foreach (var path in paths.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            throw new UsageException($"no file or folder at '{path}'; nothing was ingested and the index is unchanged");

        if (!CanWrite(indexDirectory, out var why))
        {
            error.WriteLine($"dirsearch: cannot write the index at '{indexDirectory}': {why}");
            return ExitCodes.IndexNotWritable;
        }

        IndexBuildResult result;
        try
        {
            result = new IndexBuilder(ReaderCatalog.Default(), options).Build(indexDirectory, paths, new ThrottledProgress(error));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Store.LockObtainFailedException)
        {
            error.WriteLine($"dirsearch: cannot write the index at '{indexDirectory}': {e.Message}");
            return ExitCodes.IndexNotWritable;
        }

        if (parsed.Flag("json"))
            output.WriteLine(JsonSerializer.Serialize(Summary(result, indexDirectory), RecordJson.Options));
        else
            IngestSummaryPrinter.Print(result, indexDirectory, output);
        return ExitCodes.Success;
    }

    /// <summary>A meeting file that cannot be read is the caller's mistake, found before any file is parsed.</summary>
    private static void CheckMeetingFile(string path)
    {
        try
        {
            _ = NamedMeetingTable.BuiltIn.WithFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException or ArgumentException)
        {
            throw new UsageException($"--meetings '{path}' cannot be used: {e.Message}");
        }
    }

    private static object Summary(IndexBuildResult result, string indexDirectory) => Summary(result.Report, indexDirectory, result.Committed, result.CitationCount);

    private static object Summary(IngestReport report, string indexDirectory, bool committed, int? citations) => new
    {
        index = indexDirectory,
        committed,
        citations,
        parsed = report.ParsedCount,
        reused = report.ReusedCount,
        documents = report.Documents.Count,
        sources = report.SourceCount,
        formats = report.SourcesPerFormat,
        rejected = report.Rejected.Select(r => new { path = r.Path, reason = r.Reason }),
        missing = report.MissingPaths,
        seconds = Math.Round(report.Elapsed.TotalSeconds, 2),
        ids = report.Documents.Select(d => d.Id),
        merges = report.Merges.Select(m => new
        {
            id = m.Id,
            files = m.Files,
            resemblance = m.Resemblance,
            pairs = m.Pairs.Select(p => new { first = p.First, second = p.Second, resemblance = p.Resemblance }),
        }),
    };

    private static bool CanWrite(string directory, out string why)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".write-probe-{Environment.ProcessId}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            why = string.Empty;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            why = e.Message;
            return false;
        }
    }

    /// <summary>Progress on stderr, at most once a second, so short runs stay quiet and long ones show life.</summary>
    private sealed class ThrottledProgress(TextWriter error) : IProgress<IngestProgress>
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly Lock gate = new();
        private TimeSpan lastReport = TimeSpan.Zero;

        public void Report(IngestProgress value)
        {
            lock (gate)
            {
                // Nothing in the first second; then at most once a second, and always the last file.
                var now = clock.Elapsed;
                if (now < TimeSpan.FromSeconds(1) || (now - lastReport < TimeSpan.FromSeconds(1) && value.Done < value.Total))
                    return;
                lastReport = now;
                error.WriteLine($"[{value.Done}/{value.Total}] {value.Path}");
            }
        }
    }
}
