using DirectiveSearch.Ingestion.Pipeline;
using Microsoft.AspNetCore.Builder;

namespace DirectiveSearch.Server.Tests;

/// <summary>
/// The real server over the bundled corpus with its clock stopped at <see cref="Today"/> (20/03/2022): seed
/// 004's "(hoàn thành trong tháng 02/2022)" is then past its deadline and "(Quý I/2022)" due within 30 days.
/// </summary>
public sealed class TasksServer : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2022, 3, 20);

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-tasks-");
    private WebApplication? app;
    private HttpClient? client;

    public HttpClient Client => client ?? throw new InvalidOperationException("the server has not started");

    public async Task InitializeAsync()
    {
        var options = new ServerOptions(Path.Combine(folder.FullName, "index"), "http://127.0.0.1:0", RepositoryFiles.Corpus)
        {
            Ingest = new IngestOptions(Workers: 2, OcrEnabled: false),
            Clock = new FixedClock(new DateTimeOffset(Today.Year, Today.Month, Today.Day, 9, 0, 0, TimeSpan.Zero)),
        };
        app = DirectiveSearchServer.Create(options);
        await app.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(60) };
    }

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

    /// <summary>A clock that always says the same instant, in UTC.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
