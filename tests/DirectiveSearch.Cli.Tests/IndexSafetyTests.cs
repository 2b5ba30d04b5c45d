using System.Diagnostics;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Cli.Tests;

/// <summary>
/// Acknowledged documents and their files survive what users do to an index folder: serving it from another working
/// directory, copying it, an ingest beside a running server, a re-ingest without uploads/. Each
/// runs the real program as child processes.
/// </summary>
public sealed class IndexSafetyTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("dirsearch-index-safety-");

    private string Corpus => Path.Combine(work.FullName, "corpus");

    private string Index => Path.Combine(work.FullName, "index");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public async Task An_index_serves_from_any_working_directory_and_a_copy_serves_with_its_uploads()
    {
        Dirsearch.CopySeedCorpus(Corpus);
        // Relative paths, from the folder above them: what a user types.
        var ingest = Dirsearch.Run(work.FullName, "ingest", "corpus", "--index", "index", "--no-ocr");
        Assert.True(ingest.ExitCode == 0, ingest.Error);

        string uploaded;
        IReadOnlyList<string> ids;
        var elsewhere = Directory.CreateDirectory(Path.Combine(work.FullName, "elsewhere")).FullName;
        using (var server = await Dirsearch.ServeAsync(elsewhere, "--index", Index, "--corpus", Corpus))
        using (var client = Dirsearch.Client(server))
        {
            uploaded = await Dirsearch.UploadedIdAsync(client, Dirsearch.Document(1));
            ids = await Dirsearch.IdsAsync(client);
            Assert.Equal(6, ids.Count);
            Assert.Equal(6, await Dirsearch.AssertEveryFileServedAsync(client));
            Assert.DoesNotContain(server.Output, line => line.Contains("Removed", StringComparison.Ordinal));
        }

        // Back in the folder it was ingested from, with a relative --index.
        using (var server = await Dirsearch.ServeAsync(work.FullName, "--index", "index"))
        using (var client = Dirsearch.Client(server))
        {
            Assert.Equal(ids, await Dirsearch.IdsAsync(client));
            Assert.Equal(6, await Dirsearch.AssertEveryFileServedAsync(client));
            Assert.DoesNotContain(server.Output, line => line.Contains("Removed", StringComparison.Ordinal));
        }

        // cp -a index copy, served from yet another folder: the copy's uploads are its own, and it takes a change.
        var copy = Path.Combine(work.FullName, "copy");
        using (var cp = Process.Start("cp", ["-a", Index, copy]))
            cp.WaitForExit();
        using (var server = await Dirsearch.ServeAsync(Path.GetTempPath(), "--index", copy))
        using (var client = Dirsearch.Client(server))
        {
            Assert.Equal(ids, await Dirsearch.IdsAsync(client));
            Assert.Equal(6, await Dirsearch.AssertEveryFileServedAsync(client));
            var second = await Dirsearch.UploadedIdAsync(client, Dirsearch.Document(2));
            Assert.Equal(7, (await Dirsearch.IdsAsync(client)).Count);
            Assert.Equal(new[] { uploaded + ".txt", second + ".txt" }.Order(StringComparer.Ordinal), UploadedFiles(copy).Order(StringComparer.Ordinal));
        }

        Assert.Equal([uploaded + ".txt"], UploadedFiles(Index));
    }

    [Fact]
    public async Task An_ingest_beside_a_running_server_is_served_without_a_restart_and_a_second_server_is_refused()
    {
        Dirsearch.CopySeedCorpus(Corpus);
        using (var server = await Dirsearch.ServeAsync(work.FullName, "--index", Index, "--corpus", Corpus))
        using (var client = Dirsearch.Client(server))
        {
            var uploaded = await Dirsearch.UploadedIdAsync(client, Dirsearch.Document(3));
            File.WriteAllBytes(Path.Combine(Corpus, "added-beside.txt"), Dirsearch.Document(5));

            var ingest = Dirsearch.Run(work.FullName, "ingest", Corpus, "--index", Index, "--no-ocr", "--json");

            Assert.True(ingest.ExitCode == 0, ingest.Error);
            var ids = System.Text.Json.JsonDocument.Parse(ingest.Output).RootElement.GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToList();
            Assert.Equal(7, ids.Count);
            // The upload the server took is the index's: the ingest kept it (its uploads/ is read with the paths).
            Assert.Contains(uploaded, ids);
            var clock = Stopwatch.StartNew();
            while ((await Dirsearch.IdsAsync(client)).Count < 7 && clock.Elapsed < TimeSpan.FromSeconds(10))
                await Task.Delay(100);
            Assert.Equal(ids.Order(StringComparer.Ordinal), (await Dirsearch.IdsAsync(client)).Order(StringComparer.Ordinal));
            Assert.Equal(7, await Dirsearch.AssertEveryFileServedAsync(client));

            // A second server on the folder is refused at once, naming the first.
            using var second = DirectiveSearch.Bench.Serving.ServeChild.Start(["--index", Index, "--corpus", Corpus, "--no-ocr"], null, work.FullName);
            var output = await Dirsearch.RefusedAsync(second);
            Assert.Equal(ExitCodes.IndexNotWritable, second.ExitCode);
            Assert.Contains($"PID {server.Id}: dirsearch serve", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);

            // While another process writes (the change lock taken here exactly as ingest takes it), an upload waits for it
            // rather than failing, and is committed on top of that write once it ends.
            Task<string> waiting;
            using (IndexOwnership.Acquire(Index, "dirsearch ingest"))
            {
                waiting = Dirsearch.UploadedIdAsync(client, Dirsearch.Document(6));
                await Task.Delay(TimeSpan.FromSeconds(1));
                Assert.False(waiting.IsCompleted);
            }

            await waiting;
            Assert.Equal(8, (await Dirsearch.IdsAsync(client)).Count);
        }

        // Once the holder is gone, however it went, the folder is free: a server killed with SIGKILL leaves no lock.
        using (var server = await Dirsearch.ServeAsync(work.FullName, "--index", Index))
            server.Kill();
        var after = Dirsearch.Run(work.FullName, "ingest", Corpus, "--index", Index, "--no-ocr");
        Assert.True(after.ExitCode == 0, after.Error);
        using var index = DocumentIndex.Open(Index);
        Assert.Equal(8, index.DocumentCount);
    }

    [Fact]
    public async Task A_re_ingest_without_the_uploads_folder_keeps_the_uploads_and_their_files()
    {
        Dirsearch.CopySeedCorpus(Corpus);
        string uploaded;
        using (var server = await Dirsearch.ServeAsync(work.FullName, "--index", Index, "--corpus", Corpus))
        using (var client = Dirsearch.Client(server))
            uploaded = await Dirsearch.UploadedIdAsync(client, Dirsearch.Document(4));

        var ingest = Dirsearch.Run(work.FullName, "ingest", "corpus", "--index", "index", "--no-ocr");
        Assert.True(ingest.ExitCode == 0, ingest.Error);

        using (var server = await Dirsearch.ServeAsync(work.FullName, "--index", Index))
        using (var client = Dirsearch.Client(server))
        {
            Assert.Contains(uploaded, await Dirsearch.IdsAsync(client));
            Assert.Equal(6, await Dirsearch.AssertEveryFileServedAsync(client));
        }

        Assert.Equal([uploaded + ".txt"], UploadedFiles(Index));

        // Dropping them takes the explicit option; the ingest itself deletes no file.
        var drop = Dirsearch.Run(work.FullName, "ingest", "corpus", "--index", "index", "--no-ocr", "--drop-uploads");
        Assert.True(drop.ExitCode == 0, drop.Error);
        using (var index = DocumentIndex.Open(Index))
            Assert.DoesNotContain(uploaded, index.DocumentIds());
        Assert.Equal([uploaded + ".txt"], UploadedFiles(Index));
    }

    private static IReadOnlyList<string> UploadedFiles(string index) =>
        [.. Directory.GetFiles(Path.Combine(index, "uploads")).Select(f => Path.GetFileName(f)!)];
}
