using System.Diagnostics;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Cli.Tests;

/// <summary>
/// Acknowledged documents and their files survive what users do to an index folder: serving it from another working
/// directory, copying it, an ingest beside a running server (either way round), a re-ingest without uploads/. Each
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
    public async Task An_ingest_beside_a_running_server_is_refused_at_once_naming_it_and_the_server_keeps_taking_changes()
    {
        Dirsearch.CopySeedCorpus(Corpus);
        using (var server = await Dirsearch.ServeAsync(work.FullName, "--index", Index, "--corpus", Corpus))
        using (var client = Dirsearch.Client(server))
        {
            var files = IndexFiles();
            var clock = Stopwatch.StartNew();

            var ingest = Dirsearch.Run(work.FullName, "ingest", Corpus, "--index", Index, "--no-ocr");

            Assert.Equal(ExitCodes.IndexNotWritable, ingest.ExitCode);
            Assert.Contains($"PID {server.Id}: dirsearch serve", ingest.Error, StringComparison.Ordinal);
            Assert.Contains(Index, ingest.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", ingest.Error, StringComparison.Ordinal);
            // Refused before reading a file: the time of a process start, not of an ingest.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{clock.Elapsed}");
            Assert.Equal(files, IndexFiles());

            await Dirsearch.UploadedIdAsync(client, Dirsearch.Document(3));
            Assert.Equal(6, (await Dirsearch.IdsAsync(client)).Count);
        }

        // The other way round: while an ingest holds the folder (taken here exactly as ingest takes it), a server refuses to start.
        using (IndexOwnership.Acquire(Index, "dirsearch ingest"))
        {
            using var refused = DirectiveSearch.Bench.Serving.ServeChild.Start(["--index", Index, "--corpus", Corpus, "--no-ocr"], null, work.FullName);
            var output = await Dirsearch.RefusedAsync(refused);
            Assert.Equal(ExitCodes.IndexNotWritable, refused.ExitCode);
            Assert.Contains($"PID {Environment.ProcessId}: dirsearch ingest", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }

        // Once the holder is gone, however it went, the folder is free: a server killed with SIGKILL leaves no lock.
        using (var server = await Dirsearch.ServeAsync(work.FullName, "--index", Index))
            server.Kill();
        var after = Dirsearch.Run(work.FullName, "ingest", Corpus, "--index", Index, "--no-ocr");
        Assert.True(after.ExitCode == 0, after.Error);
        using var index = DocumentIndex.Open(Index);
        Assert.Equal(6, index.DocumentCount);
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

    private List<(string Name, long Length, DateTime Written)> IndexFiles() =>
        [.. Directory.GetFiles(Index).Where(f => IndexCheck.IsLuceneFile(Path.GetFileName(f))).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), new FileInfo(f).Length, File.GetLastWriteTimeUtc(f)))];
}
