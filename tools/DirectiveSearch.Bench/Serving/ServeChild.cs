using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace DirectiveSearch.Bench.Serving;

/// <summary>
/// "dirsearch serve" as a separate process on a free loopback port: its memory is its own (the benchmark and the
/// soak read it from /proc), and it can be killed with SIGKILL like a real server. Only loopback is addressed.
/// </summary>
public sealed class ServeChild : IDisposable
{
    /// <summary>The variable "dirsearch serve" reads its upload key from (README, Uploads).</summary>
    public const string UploadKeyVariable = "DIRSEARCH_UPLOAD_KEY";

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ServeChild(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Id => process.Id;

    /// <summary>What the server has printed so far (its log goes to standard output), oldest first.</summary>
    public IReadOnlyList<string> Output => [.. output];

    /// <summary>
    /// Starts the server with <paramref name="serveArguments"/> (after "serve"; --urls is added), running the
    /// dirsearch that <see cref="DirsearchProgram"/> finds beside this program in the build output.
    /// </summary>
    /// <param name="environment">Variables to set for the child, such as the upload key, which then stays out of its command line.</param>
    /// <param name="workingDirectory">The child's working directory; this process's when null.</param>
    public static ServeChild Start(IEnumerable<string> serveArguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort().ToString(CultureInfo.InvariantCulture)}/");
        var start = DirsearchProgram.StartInfo();
        start.ArgumentList.Add("serve");
        foreach (var argument in serveArguments)
            start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        start.UseShellExecute = false;
        if (workingDirectory is not null)
            start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start)!;
        var child = new ServeChild(process, baseAddress);
        process.OutputDataReceived += (_, line) => child.Record(line.Data);
        process.ErrorDataReceived += (_, line) => child.Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for /health to answer; throws when the server exits first or takes longer than <paramref name="timeout"/>.</summary>
    public async Task WaitUntilUpAsync(HttpClient client, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"dirsearch serve exited with code {process.ExitCode}: {string.Join(" / ", output.TakeLast(5))}");
            try
            {
                using var health = await client.GetAsync(new Uri(BaseAddress, "health"));
                if (health.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"dirsearch serve did not answer /health within {timeout.TotalSeconds:0} s");
    }

    /// <summary>Waits until the server has printed a line containing <paramref name="text"/>; false after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until && !process.HasExited)
        {
            if (output.Any(line => line.Contains(text, StringComparison.Ordinal)))
                return true;
            await Task.Delay(5);
        }

        return output.Any(line => line.Contains(text, StringComparison.Ordinal));
    }

    /// <summary>True once the process has ended; its <see cref="ExitCode"/> is then known.</summary>
    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>SIGKILL on Linux: the server gets no chance to finish or clean up anything.</summary>
    public void Kill()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
            return;
        output.Enqueue(line);
        // A long soak logs every change; the last lines are the ones that explain a failure.
        while (output.Count > 2000)
            output.TryDequeue(out _);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
