using DirectiveSearch.Cli.Soak;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// dirsearch soak [--seconds N] [--concurrency N] [--files DIR]: a real server under mixed concurrent searches,
/// uploads and deletes for N seconds (default 600), then checks: no 5xx, every change visible at once, memory flat
/// after warm-up, and the index equal to what the successful changes say. Exit code 1 when a check fails.
/// </summary>
public static class SoakCommand
{
    private static readonly string DefaultFiles = Path.Combine("..", "shared", "corpus");

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CommandArguments.Parse(args, new HashSet<string> { "seconds", "concurrency", "files" }, new HashSet<string>());
        if (parsed.Positional.Count > 0)
            throw new UsageException($"soak takes no arguments besides its options, got '{parsed.Positional[0]}'");
        var files = parsed.Option("files") ?? DefaultFiles;
        if (!Directory.Exists(files))
            throw new UsageException($"--files: no folder at '{files}'");
        var options = new SoakOptions(
            TimeSpan.FromSeconds(parsed.IntOption("seconds", 600, 1, 7 * 24 * 3600)),
            parsed.IntOption("concurrency", 8, 1, 256),
            files);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var report = SoakRun.RunAsync(options, what => error.WriteLine(FormattableString.Invariant($"[{clock.Elapsed.TotalSeconds,6:0.0} s] {what}"))).GetAwaiter().GetResult();
        output.Write(report.Render());
        return report.Passed ? ExitCodes.Success : ExitCodes.Failure;
    }
}
