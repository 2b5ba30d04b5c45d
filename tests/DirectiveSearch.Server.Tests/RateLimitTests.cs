using System.Net;
using DirectiveSearch.Ingestion.Pipeline;
using Microsoft.AspNetCore.Builder;

namespace DirectiveSearch.Server.Tests;

/// <summary>A server of its own with a budget of 3 requests a second per client, over a one-document index.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-ratelimit-");
    private WebApplication? app;
    private HttpClient? client;

    public async Task InitializeAsync()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(folder.FullName, "corpus"));
        File.Copy(RepositoryFiles.Seed("002", ".txt"), Path.Combine(corpus.FullName, "002.txt"));
        app = DirectiveSearchServer.Create(new ServerOptions(Path.Combine(folder.FullName, "index"), "http://127.0.0.1:0", corpus.FullName)
        {
            Ingest = new IngestOptions(Workers: 1, OcrEnabled: false),
            RateLimitPerSecond = 3,
        });
        await app.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
            await app.DisposeAsync();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Past_the_budget_api_requests_are_429_problems_with_retry_after()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 12 && refused is null; i++)
        {
            var response = await client!.GetAsync("/api/documents");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                refused = response;
            else
                response.Dispose();
        }

        Assert.NotNull(refused);
        // A budget of 3 per second: the burst of half a second (2) passes, and the refusal comes next (a token
        // returns every 333 ms; these requests take a few milliseconds each).
        Assert.All(statuses.SkipLast(1), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.InRange(statuses.Count, 3, 4);
        var problem = await Problems.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.True(problem.GetProperty("retryAfter").GetInt32() >= 1);
        Assert.Equal("nosniff", refused.Headers.GetValues("X-Content-Type-Options").Single());
        refused.Dispose();

        // The page is not counted against the budget, and the budget refills.
        using (var health = await client!.GetAsync("/health"))
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        using var later = await client!.GetAsync("/api/documents");
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }
}
