using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace DirectiveSearch.Web.Tests;

/// <summary>
/// The real server over the bundled corpus with its clock stopped at <see cref="Today"/> (20/03/2022), and
/// Debian's Chromium: what is overdue on the task pages is then known, whatever day the tests run.
/// </summary>
public sealed class TasksWebFixture : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2022, 3, 20);

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-web-tasks-");
    private WebApplication? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        if (!File.Exists(WebFixture.ChromiumPath))
            throw new InvalidOperationException($"{WebFixture.ChromiumPath} is missing: install Debian's chromium package (apt-get install chromium), as .ci/run does.");
        Directory.CreateDirectory(WebFixture.ScreenshotFolder);
        var options = new ServerOptions(Path.Combine(folder.FullName, "index"), "http://127.0.0.1:0", RepositoryFiles.Corpus)
        {
            Ingest = new IngestOptions(Workers: 2, OcrEnabled: false),
            Clock = new FixedClock(new DateTimeOffset(Today.Year, Today.Month, Today.Day, 9, 0, 0, TimeSpan.Zero)),
        };
        app = DirectiveSearchServer.Create(options);
        await app.StartAsync();
        BaseAddress = new Uri(app.Urls.Single());
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = WebFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-extensions"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await (browser ?? throw new InvalidOperationException("the browser has not started")).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "vi-VN",
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        folder.Delete(recursive: true);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
