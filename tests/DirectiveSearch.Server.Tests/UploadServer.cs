using System.Net.Http.Headers;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Server.Uploads;
using Microsoft.AspNetCore.Builder;

namespace DirectiveSearch.Server.Tests;

/// <summary>
/// A real server that takes uploads, on a loopback port, over its own index built from the corpus's five text
/// files in a temporary folder; uploads are limited to 2 MB so that the limit is cheap to cross.
/// </summary>
public sealed class UploadServer : IAsyncLifetime
{
    public const string Key = "test-upload-key-0123456789";
    public const long MaxUploadBytes = 2 * 1024 * 1024;

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-uploads-");
    private WebApplication? app;
    private HttpClient? client;

    public string IndexDirectory => Path.Combine(folder.FullName, "index");

    public string UploadsDirectory => Path.Combine(IndexDirectory, "uploads");

    public HttpClient Client => client ?? throw new InvalidOperationException("the server has not started");

    public async Task InitializeAsync()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(folder.FullName, "corpus"));
        foreach (var file in Directory.GetFiles(RepositoryFiles.Corpus, "*.txt"))
            File.Copy(file, Path.Combine(corpus.FullName, Path.GetFileName(file)));
        var options = new ServerOptions(IndexDirectory, "http://127.0.0.1:0", corpus.FullName)
        {
            Ingest = new IngestOptions(Workers: 2, OcrEnabled: false),
            UploadKey = new UploadKey(Key),
            MaxUploadBytes = MaxUploadBytes,
        };
        app = DirectiveSearchServer.Create(options);
        await app.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(120) };
    }

    /// <summary>POST /api/documents with the file under a name and type that say nothing true about it.</summary>
    public async Task<HttpResponseMessage> UploadAsync(byte[] bytes, string? key = Key, string fileName = "../../etc/passwd")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        if (key is not null)
            request.Headers.Add(UploadKey.HeaderName, key);
        return await Client.SendAsync(request);
    }

    public async Task<HttpResponseMessage> DeleteAsync(string id, string? key = Key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/documents/" + Uri.EscapeDataString(id));
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await Client.SendAsync(request);
    }

    /// <summary>Files in the uploads folder, partial ones included.</summary>
    /// <summary>The documents the server serves now, from /health.</summary>
    public async Task<int> DocumentCountAsync()
    {
        using var response = await Client.GetAsync("/health");
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("documents").GetInt32();
    }

    public IReadOnlyList<string> StoredFiles() =>
        Directory.Exists(UploadsDirectory) ? [.. Directory.GetFiles(UploadsDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).OfType<string>()] : [];

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        folder.Delete(recursive: true);
    }
}
