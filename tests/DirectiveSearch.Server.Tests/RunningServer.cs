using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Index;
using Microsoft.AspNetCore.Builder;

namespace DirectiveSearch.Server.Tests;

/// <summary>
/// The real server on a free loopback port, over an index it builds on start from the bundled corpus
/// into a temporary folder (OCR off: the scan is a duplicate of 001 and is rejected, which is fine here).
/// The tests also open that index themselves, to compare the API with the library's own answers.
/// </summary>
public sealed class RunningServer : IAsyncLifetime
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-server-");
    private WebApplication? app;
    private HttpClient? client;
    private DocumentIndex? index;

    public string IndexDirectory => Path.Combine(folder.FullName, "index");

    public HttpClient Client => client ?? throw new InvalidOperationException("the server has not started");

    /// <summary>The same index the server searches, opened by the tests.</summary>
    public DocumentIndex Index => index ?? throw new InvalidOperationException("the server has not started");

    public Uri BaseAddress => Client.BaseAddress!;

    public async Task InitializeAsync()
    {
        var options = new ServerOptions(IndexDirectory, "http://127.0.0.1:0", RepositoryFiles.Corpus)
        {
            Ingest = new IngestOptions(Workers: 2, OcrEnabled: false),
        };
        app = DirectiveSearchServer.Create(options);
        await app.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(60) };
        index = DocumentIndex.Open(IndexDirectory);
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        index?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        folder.Delete(recursive: true);
    }
}
