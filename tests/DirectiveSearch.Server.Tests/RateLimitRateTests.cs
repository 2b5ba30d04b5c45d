using System.Diagnostics;
using System.Net;
using DirectiveSearch.Ingestion.Pipeline;
using Xunit.Abstractions;

namespace DirectiveSearch.Server.Tests;

/// <summary>
/// The accepted rate of one client asking as fast as it can, measured over 10 s against a server of its own for each
/// budget: within 10 % of the budget, small budgets included (1 a second used to let about 7 through).
/// </summary>
[Collection(RateLimitTiming.Name)]
public sealed class RateLimitRateTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-ratelimit-rate-");

    public void Dispose() => folder.Delete(recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(15)]
    public async Task One_client_gets_its_budget_within_ten_percent_over_ten_seconds(int perSecond)
    {
        var corpus = Directory.CreateDirectory(Path.Combine(folder.FullName, "corpus"));
        File.Copy(RepositoryFiles.Seed("002", ".txt"), Path.Combine(corpus.FullName, "002.txt"));
        await using var app = DirectiveSearchServer.Create(new ServerOptions(Path.Combine(folder.FullName, "index"), "http://127.0.0.1:0", corpus.FullName)
        {
            Ingest = new IngestOptions(Workers: 1, OcrEnabled: false),
            RateLimitPerSecond = perSecond,
        });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        // Four loops from the one address: a request stalled by a loaded machine (a GC pause, a busy core) must not
        // leave the budget unasked for, or a slow client rather than the limiter would set the figure.
        var accepted = 0;
        var refused = 0;
        var clock = Stopwatch.StartNew();
        async Task Loop()
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                using var response = await client.GetAsync("/api/documents");
                if (response.StatusCode == HttpStatusCode.OK)
                    Interlocked.Increment(ref accepted);
                else if (response.StatusCode == HttpStatusCode.TooManyRequests)
                    Interlocked.Increment(ref refused);
                else
                    Assert.Fail($"unexpected {(int)response.StatusCode}");
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(Loop)));

        var rate = accepted / clock.Elapsed.TotalSeconds;
        output.WriteLine($"budget {perSecond}/s: {accepted} accepted, {refused} refused in {clock.Elapsed.TotalSeconds:0.00} s = {rate:0.00}/s");
        Assert.True(refused > 0, $"the client never reached the budget ({accepted} accepted)");
        Assert.InRange(rate, perSecond * 0.9, perSecond * 1.1);
    }
}

/// <summary>
/// Timed over real seconds, so it runs alone: a client and server sharing a thread pool with other tests' servers
/// stall for longer than the burst, and the budget then goes unasked for rather than refused.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RateLimitTiming
{
    public const string Name = "rate limit timing";
}

/// <summary>The bucket itself on a clock the test moves: a client asking every millisecond for 10 s gets its budget.</summary>
public sealed class ClientRateBudgetTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(15)]
    [InlineData(1000)]
    public void Ten_seconds_of_asking_every_millisecond_get_the_budget_within_ten_percent(int perSecond)
    {
        long now = 0;
        var budget = new ClientRateBudget(perSecond, () => now);
        var accepted = 0;
        for (var ms = 0; ms < 10_000; ms++)
        {
            now = ms * Stopwatch.Frequency / 1000;
            if (budget.TryTake("127.0.0.1", out _))
                accepted++;
        }

        Assert.InRange(accepted, perSecond * 10 * 0.9, perSecond * 10 * 1.1);
        // Another client has a bucket of its own.
        Assert.True(budget.TryTake("127.0.0.2", out _));
    }
}
