using System.CommandLine;
using DirectiveSearch.Bench.Soak;

namespace DirectiveSearch.Bench.Commands;

/// <summary>
/// dirsearch-bench soak [--seconds N] [--concurrency N] [--files DIR]: a real server under mixed concurrent searches,
/// uploads and deletes for N seconds (default 600), then checks: no 5xx, every change visible at once, memory flat
/// after warm-up, and the index equal to what the successful changes say. Exit code 1 when a check fails.
/// </summary>
public static class SoakCommand
{
    private static readonly string DefaultFiles = Path.Combine("..", "shared", "corpus");

    public static Command Build(TextWriter output, TextWriter error)
    {
        var seconds = BenchOptions.Int("--seconds", 600, 1, 7 * 24 * 3600, "seconds of load after the server is up");
        var concurrency = BenchOptions.Int("--concurrency", 8, 1, 256, "workers, each with one request in flight");
        var files = BenchOptions.Text("--files", "the documents to seed, upload and delete (default ../shared/corpus)");
        var command = new Command("soak", "a served index under concurrent searches, uploads and deletes, then checks; exit code 1 when one fails")
        {
            seconds, concurrency, files,
        };
        command.SetAction(result => Run(new SoakOptions(TimeSpan.FromSeconds(result.GetValue(seconds)), result.GetValue(concurrency), result.GetValue(files) ?? DefaultFiles), output, error));
        return command;
    }

    public static int Run(SoakOptions options, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(options.FilesDirectory))
            throw new UsageException($"--files: no folder at '{options.FilesDirectory}'");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var report = SoakRun.RunAsync(options, what => error.WriteLine(FormattableString.Invariant($"[{clock.Elapsed.TotalSeconds,6:0.0} s] {what}"))).GetAwaiter().GetResult();
        output.Write(report.Render());
        return report.Passed ? BenchExitCodes.Success : BenchExitCodes.Failure;
    }
}
