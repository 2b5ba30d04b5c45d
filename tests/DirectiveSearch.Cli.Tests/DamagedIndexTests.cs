using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Cli.Tests;

/// <summary>
/// A damaged index is one Vietnamese message naming the folder and "dirsearch ingest --rebuild", from the CLI and from
/// serve at start-up, never a stack trace or a server that answers "ok" and fails every search; the rebuild keeps the
/// uploads and moves the damaged files aside.
/// </summary>
public sealed class DamagedIndexTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("dirsearch-damaged-");

    private string Corpus => Path.Combine(work.FullName, "corpus");

    private string Index => Path.Combine(work.FullName, "index");

    public void Dispose() => work.Delete(recursive: true);

    [Theory]
    [InlineData("truncated compound file")]
    [InlineData("random bytes in a compound file")]
    [InlineData("segments file missing")]
    public async Task A_damaged_index_is_one_message_with_the_way_out_and_the_rebuild_keeps_the_uploads(string damage)
    {
        Dirsearch.CopySeedCorpus(Corpus);
        Assert.Equal(0, CliRun.Of("ingest", Corpus, "--index", Index, "--no-ocr").ExitCode);
        // An upload the server stored: its file is all a rebuild has of it.
        var upload = Dirsearch.Document(5);
        var uploads = Directory.CreateDirectory(Path.Combine(Index, "uploads"));
        var uploadName = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(upload)) + ".txt";
        File.WriteAllBytes(Path.Combine(uploads.FullName, uploadName), upload);
        Damage(damage);

        foreach (var command in new[] { new[] { "search", "kế hoạch", "--index", Index }, ["show", "kh-62-dkk-2022", "--index", Index], ["ingest", Corpus, "--index", Index, "--no-ocr"] })
        {
            var run = CliRun.Of(command);
            Assert.Equal(ExitCodes.Failure, run.ExitCode);
            AssertTheMessage(run.Error);
        }

        using (var server = DirectiveSearch.Bench.Serving.ServeChild.Start(["--index", Index, "--corpus", Corpus, "--no-ocr"]))
        {
            var output = await Dirsearch.RefusedAsync(server);
            Assert.NotEqual(0, server.ExitCode);
            AssertTheMessage(output);
        }

        var rebuild = CliRun.Of("ingest", Corpus, "--index", Index, "--no-ocr", "--rebuild");
        Assert.True(rebuild.ExitCode == 0, rebuild.Error);
        using var index = DocumentIndex.Open(Index);
        Assert.Equal(6, index.DocumentCount);
        Assert.Contains(index.SourceFiles(), s => s.StoredPath == "uploads/" + uploadName);
        Assert.True(File.Exists(Path.Combine(uploads.FullName, uploadName)));
        var aside = Assert.Single(Directory.GetDirectories(Index, "damaged-*"));
        Assert.NotEmpty(Directory.GetFiles(aside));
        Assert.Equal(0, CliRun.Of("search", "kế hoạch", "--index", Index).ExitCode);
    }

    private void AssertTheMessage(string message)
    {
        Assert.Contains($"Chỉ mục tại '{Path.GetFullPath(Index)}' bị hỏng", message, StringComparison.Ordinal);
        Assert.Contains("dirsearch ingest --rebuild", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", message, StringComparison.Ordinal);
    }

    private void Damage(string damage)
    {
        var compound = Directory.GetFiles(Index, "_*.cfs").OrderByDescending(f => new FileInfo(f).Length).First();
        switch (damage)
        {
            case "truncated compound file":
                using (var stream = new FileStream(compound, FileMode.Open))
                    stream.SetLength(stream.Length / 2);
                break;
            case "random bytes in a compound file":
                using (var stream = new FileStream(compound, FileMode.Open))
                {
                    var noise = new byte[4096];
                    new Random(12).NextBytes(noise);
                    stream.Position = stream.Length / 2;
                    stream.Write(noise, 0, (int)Math.Min(noise.Length, stream.Length / 4));
                }

                break;
            default:
                foreach (var segments in Directory.GetFiles(Index, "segments*"))
                    File.Delete(segments);
                break;
        }
    }
}
