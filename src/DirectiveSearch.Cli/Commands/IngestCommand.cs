using System.Diagnostics;
using System.Text.Json;
using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Cli.Settings;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// dirsearch ingest [PATH...] [--index DIR] [--workers N] [--no-ocr] [--meetings FILE] [--json] [--rebuild] [--drop-uploads].
/// The index's uploads/ is ingested with the paths unless --drop-uploads says otherwise: the uploads belong to the index.
/// </summary>
public static class IngestCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        // The time printed is the wall time of the whole run: reading, comparing, resolving and writing the index.
        var clock = Stopwatch.StartNew();
        var parsed = CommandArguments.Parse(args, IngestSettings.Definition);
        var paths = parsed.Positional.Count > 0 ? parsed.Positional : [CliApp.DefaultCorpus];
        var indexDirectory = parsed.Option("index") ?? CliApp.DefaultIndex;
        var options = new IngestOptions(
            parsed.Int("workers"),
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

        try
        {
            // A server serving the folder is no reason to refuse: the ingest parses beside it and takes the change lock only to
            // plan against the last commit and write; the server reopens on the commit. A damaged index is dealt with under it.
            using (ChangeLock(indexDirectory, error))
            {
                if (Damaged(indexDirectory) is { } damage)
                {
                    if (!parsed.Flag("rebuild"))
                    {
                        error.WriteLine($"dirsearch: {damage.Message}");
                        return ExitCodes.Failure;
                    }

                    var aside = DamagedIndexFiles.MoveAside(indexDirectory);
                    error.WriteLine($"dirsearch: chỉ mục hỏng đã được chuyển vào '{aside}'; đang dựng lại từ {string.Join(", ", paths)}");
                }
            }

            var uploads = Path.Combine(Path.GetFullPath(indexDirectory), SourceLocation.UploadsFolderName);
            var withUploads = !parsed.Flag("drop-uploads") && Directory.Exists(uploads) && !paths.Any(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p)) == uploads)
                ? [.. paths, uploads]
                : paths;
            return Ingest(indexDirectory, withUploads, options, parsed, clock, output, error);
        }
        catch (IndexBusyException e)
        {
            error.WriteLine($"dirsearch: {e.Message}");
            return ExitCodes.IndexNotWritable;
        }
    }

    /// <summary>How long an ingest waits for another process's change (a server's batch, another ingest's write) to end.</summary>
    private static readonly TimeSpan ChangeLockWait = TimeSpan.FromMinutes(30);

    private static IndexOwnership ChangeLock(string indexDirectory, TextWriter error) =>
        IndexOwnership.Change(indexDirectory, "dirsearch ingest", ChangeLockWait, holder =>
            error.WriteLine($"dirsearch: đang chờ tiến trình khác ghi xong chỉ mục ({holder ?? "không rõ tiến trình"})"));

    private static int Ingest(string indexDirectory, IReadOnlyList<string> paths, IngestOptions options, CommandArguments parsed, Stopwatch clock, TextWriter output, TextWriter error)
    {
        IndexBuildResult result;
        try
        {
            result = new IndexBuilder(ReaderCatalog.Default(), options).Build(indexDirectory, paths, IngestProgressDisplay.For(error), parsed.Flag("rebuild"), () => ChangeLock(indexDirectory, error));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Store.LockObtainFailedException)
        {
            var reason = DiskFull.Caused(e) ? "ổ đĩa đã đầy; chỉ mục vẫn là lần ghi trước, không mất văn bản nào" : e.Message;
            error.WriteLine($"dirsearch: cannot write the index at '{indexDirectory}': {reason}");
            return ExitCodes.IndexNotWritable;
        }

        // The segments just written are verified now, while they are in the page cache, so that the next "serve" or
        // command verifies only what changed after (IndexCheck): it starts in the same time whatever the archive's size.
        if (result.Committed)
            IndexCheck.Verify(indexDirectory);
        var wall = clock.Elapsed;
        if (parsed.Flag("json"))
            output.WriteLine(JsonSerializer.Serialize(Summary(result, indexDirectory, wall), RecordJson.Options));
        else
            IngestSummaryPrinter.Print(result, indexDirectory, wall, parsed.Flag("list"), output);
        return ExitCodes.Success;
    }

    private static DamagedIndexException? Damaged(string indexDirectory)
    {
        if (IndexCheck.State(indexDirectory) == IndexState.Missing)
            return null;
        try
        {
            IndexCheck.Verify(indexDirectory);
            return null;
        }
        catch (DamagedIndexException e)
        {
            return e;
        }
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

    private static object Summary(IndexBuildResult result, string indexDirectory, TimeSpan wall) => Summary(result.Report, indexDirectory, result.Committed, result.CitationCount, wall);

    private static object Summary(IngestReport report, string indexDirectory, bool committed, int? citations, TimeSpan wall) => new
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
        seconds = Math.Round(wall.TotalSeconds, 2),
        ids = report.Documents.Select(d => d.Id),
        gaps = DocumentGaps.Of(report.Documents),
        notices = report.Notices.Select(n => new { path = n.Path, message = n.Message }),
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
}
