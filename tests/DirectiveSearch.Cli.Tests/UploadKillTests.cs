using System.Net;
using System.Text.Json;
using DirectiveSearch.Bench.Serving;
using DirectiveSearch.Cli.Commands;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Cli.Tests;

/// <summary>
/// kill -9 of a real "dirsearch serve" in the middle of an upload, once while the file streams in and once while
/// the new generation is being written: after a restart the index opens, holds every document whose upload
/// answered success, and nothing of the killed upload (no partial file, no stored file the index does not list).
/// </summary>
public sealed class UploadKillTests : IDisposable
{
    private const string Key = "kill-test-upload-key-0123456789";

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("dirsearch-upload-kill-");

    private string Index => Path.Combine(work.FullName, "index");

    private string Uploads => Path.Combine(Index, "uploads");

    public void Dispose() => work.Delete(recursive: true);

    [BenchFact("formats")]
    public async Task Killing_the_server_during_uploads_keeps_every_acknowledged_upload_and_nothing_else()
    {
        // Enough documents that writing a generation takes seconds, so the kill lands inside it; from the end of vbpl/,
        // because formats/ renders its first 255 and an upload of one would join its text's document.
        var corpus = Directory.CreateDirectory(Path.Combine(work.FullName, "corpus"));
        foreach (var file in Directory.GetFiles(RepositoryFiles.Corpus, "*.txt"))
            File.Copy(file, Path.Combine(corpus.FullName, Path.GetFileName(file)));
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryFiles.Bench, "vbpl"), "doc_*.txt").OrderDescending(StringComparer.Ordinal).Take(200))
            File.Copy(file, Path.Combine(corpus.FullName, Path.GetFileName(file)));
        var formats = Path.Combine(RepositoryFiles.Bench, "formats");

        string acknowledged;
        IReadOnlyList<string> before;
        var bytes = File.ReadAllBytes(Path.Combine(formats, "doc_000012.docx"));
        using (var server = await StartAsync(corpus.FullName))
        using (var client = Client(server))
        {
            using var upload = await UploadAsync(client, File.ReadAllBytes(Path.Combine(formats, "doc_000010.docx")));
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
            acknowledged = Id(await upload.Content.ReadAsStringAsync());
            before = await IdsAsync(client);

            // Killed while the file streams in: the body stops half-way and the server holds a partial file.
            using var release = new CancellationTokenSource();
            var stalled = new StalledContent(File.ReadAllBytes(Path.Combine(formats, "doc_000011.pdf")), release.Token);
            var pending = UploadAsync(client, stalled);
            Assert.True(await WaitAsync(() => Directory.GetFiles(Uploads, ".*.part").Length > 0), "no partial file appeared");
            server.Kill();
            // The client would otherwise wait for its own body to finish before giving up on the dead connection.
            await release.CancelAsync();
            await Assert.ThrowsAnyAsync<Exception>(() => pending);
        }

        Assert.NotEmpty(Directory.GetFiles(Uploads, ".*.part"));
        using (var server = await StartAsync(corpus.FullName))
        using (var client = Client(server))
        {
            Assert.Equal(before, await IdsAsync(client));
            Assert.Empty(Directory.GetFiles(Uploads, ".*.part"));

            // Killed while the generation with the upload is being written.
            var pending = UploadAsync(client, bytes);
            Assert.True(await server.WaitForOutputAsync(": building a new index generation", TimeSpan.FromMinutes(2)), string.Join("\n", server.Output));
            server.Kill();
            await Assert.ThrowsAnyAsync<Exception>(() => pending);
        }

        using (var server = await StartAsync(corpus.FullName))
        using (var client = Client(server))
        {
            var after = await IdsAsync(client);
            Assert.Equal(before, after);
            Assert.Contains(acknowledged, after);
            // The upload killed during its generation is no document, but its file is newer than the last commit, so
            // nothing proves it garbage (the rule): it is kept and reported, and the next commit decides.
            var killed = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)) + ".docx";
            Assert.Equal(new[] { acknowledged + ".docx", killed }.Order(StringComparer.Ordinal), Directory.GetFiles(Uploads).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Contains(server.Output, line => line.Contains("Kept", StringComparison.Ordinal) && line.Contains(killed, StringComparison.Ordinal));
            using (var record = await client.GetAsync("api/documents/" + acknowledged))
                Assert.Equal(HttpStatusCode.OK, record.StatusCode);

            // The killed writer's lock does not block the next change.
            using var again = await UploadAsync(client, bytes);
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
            Assert.Equal(before.Count + 1, (await IdsAsync(client)).Count);
            Assert.Equal(new[] { acknowledged + ".docx", killed }.Order(StringComparer.Ordinal), Directory.GetFiles(Uploads).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }

        // Nothing half-written: every source of every document is a complete file at its path.
        using var index = DocumentIndex.Open(Index);
        foreach (var source in index.Records().SelectMany(r => r.Sources))
        {
            Assert.DoesNotContain(".part", source.Path, StringComparison.Ordinal);
            var path = index.Locate(source);
            Assert.True(File.Exists(path), source.Path);
            Assert.Equal(source.Length, new FileInfo(path).Length);
        }
    }

    [BenchFact("vbpl")]
    public async Task Killing_the_server_during_a_group_commit_keeps_every_acknowledged_upload_and_nothing_half_written()
    {
        // Enough documents that writing a batch takes a moment, so the kill lands inside one while others are acknowledged.
        var corpus = Directory.CreateDirectory(Path.Combine(work.FullName, "corpus"));
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryFiles.Bench, "vbpl"), "doc_*.txt").OrderDescending(StringComparer.Ordinal).Take(200))
            File.Copy(file, Path.Combine(corpus.FullName, Path.GetFileName(file)));

        int before;
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        using (var server = await StartAsync(corpus.FullName))
        using (var client = Client(server))
        {
            before = (await IdsAsync(client)).Count;
            // Uploads keep arriving, so batches of several are being written when the kill comes.
            using var stop = new CancellationTokenSource();
            var senders = Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
            {
                for (var n = worker * 1000; !stop.IsCancellationRequested; n++)
                {
                    try
                    {
                        using var response = await UploadAsync(client, Dirsearch.Document(n, paragraphs: 5));
                        if (response.StatusCode == HttpStatusCode.Created)
                            acknowledged.Add(Id(await response.Content.ReadAsStringAsync()));
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                    {
                        return;
                    }
                }
            })).ToList();
            Assert.True(await WaitAsync(() => acknowledged.Count >= 6), "no uploads were acknowledged");
            Assert.True(await server.WaitForOutputAsync("uploads in this commit)", TimeSpan.FromMinutes(2)), string.Join("\n", server.Output));
            server.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(senders);
        }

        IndexCheck.Verify(Index);
        using (var server = await StartAsync(corpus.FullName))
        using (var client = Client(server))
        {
            var after = await IdsAsync(client);
            Assert.All(acknowledged, id => Assert.Contains(id, after));
            Assert.InRange(after.Count, before + acknowledged.Count, before + acknowledged.Count + 6);
            using var again = await UploadAsync(client, Dirsearch.Document(99_999, paragraphs: 5));
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        }

        using var index = DocumentIndex.Open(Index);
        foreach (var source in index.Records().SelectMany(r => r.Sources))
        {
            var path = index.Locate(source);
            Assert.True(File.Exists(path), source.Path);
            Assert.Equal(source.Length, new FileInfo(path).Length);
        }
    }

    private async Task<ServeChild> StartAsync(string corpus)
    {
        var server = ServeChild.Start(["--index", Index, "--corpus", corpus, "--no-ocr"], new Dictionary<string, string> { [ServeCommand.UploadKeyVariable] = Key });
        using var client = Client(server);
        await server.WaitUntilUpAsync(client, TimeSpan.FromMinutes(5));
        return server;
    }

    private static HttpClient Client(ServeChild server) => new() { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes) => UploadAsync(client, new ByteArrayContent(bytes));

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, HttpContent file)
    {
        using var form = new MultipartFormDataContent { { file, "file", "upload.bin" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = form };
        request.Headers.Add("X-Upload-Key", Key);
        return await client.SendAsync(request);
    }

    private static string Id(string record) => JsonDocument.Parse(record).RootElement.GetProperty("id").GetString()!;

    private static async Task<IReadOnlyList<string>> IdsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("api/documents?limit=1000");
        response.EnsureSuccessStatusCode();
        return [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()!)];
    }

    private static async Task<bool> WaitAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
            await Task.Delay(50);
        return condition();
    }

    /// <summary>Sends the first half of the bytes, then waits until released: an upload caught in the middle.</summary>
    private sealed class StalledContent(byte[] bytes, CancellationToken release) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellation)
        {
            await stream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), cancellation);
            await stream.FlushAsync(cancellation);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(release, cancellation);
            await Task.Delay(Timeout.Infinite, either.Token);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = bytes.Length;
            return true;
        }
    }
}
