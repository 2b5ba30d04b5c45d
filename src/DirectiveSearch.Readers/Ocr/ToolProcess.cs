using System.Diagnostics;
using System.Text;

namespace DirectiveSearch.Readers.Ocr;

/// <summary>Runs one external tool to completion with a time limit.</summary>
internal static class ToolProcess
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    // After a kill the pipes close as soon as the process tree is gone; this only guards against
    // a stray grandchild that escaped the kill and still holds them.
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Starts <paramref name="executable"/> and waits for it. Throws
    /// <see cref="System.ComponentModel.Win32Exception"/> when it cannot be started at all.
    /// </summary>
    public static ToolResult Run(
        string executable,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
        };
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
                startInfo.Environment[name] = value;
        }

        using var process = new Process { StartInfo = startInfo };
        process.Start();
        // Nothing is fed on stdin; closing it stops a tool that unexpectedly waits for input.
        process.StandardInput.Close();
        // Both pipes are drained concurrently: a tool blocked on a full stderr pipe while we wait
        // for stdout (or for exit) would never finish.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        var timedOut = !process.WaitForExit(timeout);
        if (timedOut)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the timeout and the kill.
            }

            process.WaitForExit(DrainLimit);
        }

        // Output that never reached end of file is incomplete; reporting it as a timeout keeps a
        // truncated page from passing for a recognized one.
        var drained = Task.WaitAll([output, error], DrainLimit);
        return new ToolResult(
            process.HasExited ? process.ExitCode : -1,
            timedOut || !drained,
            drained ? output.Result : string.Empty,
            error.IsCompletedSuccessfully ? error.Result : string.Empty);
    }
}
