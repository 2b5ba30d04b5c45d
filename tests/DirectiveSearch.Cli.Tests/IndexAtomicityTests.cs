using System.Diagnostics;
using System.Text.Json;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Cli.Tests;

/// <summary>
/// kill -9 in the middle of an ingest must leave the previous complete index readable and correct:
/// the real dirsearch program is started on a large folder and killed while it works.
/// </summary>
public sealed class IndexAtomicityTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("dirsearch-kill-");

    public void Dispose() => work.Delete(recursive: true);

    [BenchFact("vbpl")]
    public void Killing_an_ingest_leaves_the_previous_index_whole()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(work.FullName, "corpus"));
        var index = Path.Combine(work.FullName, "index");
        foreach (var file in Directory.GetFiles(RepositoryFiles.Corpus, "*.txt"))
            File.Copy(file, Path.Combine(corpus.FullName, Path.GetFileName(file)));
        Assert.Equal(0, CliRun.Of("ingest", corpus.FullName, "--index", index).ExitCode);
        var before = Snapshot(index);
        Assert.Equal(5, before.Count);

        // Enough real documents that the second ingest is still working when it is killed.
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryFiles.Bench, "vbpl"), "doc_*.txt").Order().Take(600))
            File.Copy(file, Path.Combine(corpus.FullName, Path.GetFileName(file)));

        using var process = StartDirsearch("ingest", corpus.FullName, "--index", index, "--workers", "2");
        Thread.Sleep(TimeSpan.FromSeconds(2.5));
        Assert.False(process.HasExited, "the ingest finished before it could be killed; give it more files");
        process.Kill(entireProcessTree: true); // SIGKILL on Linux: no cleanup runs
        process.WaitForExit();

        Assert.Equal(before, Snapshot(index));

        // The killed writer's lock must not block the next run, which completes the new generation.
        var rerun = CliRun.Of("ingest", corpus.FullName, "--index", index, "--json");
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.True(JsonDocument.Parse(rerun.Output).RootElement.GetProperty("documents").GetInt32() > 500);
    }

    private static Dictionary<string, string> Snapshot(string index)
    {
        using var opened = DocumentIndex.Open(index);
        return opened.Records().ToDictionary(r => r.Id, r => Core.Documents.RecordJson.Serialize(r));
    }

    private static Process StartDirsearch(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dirsearch.dll"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dirsearch");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
