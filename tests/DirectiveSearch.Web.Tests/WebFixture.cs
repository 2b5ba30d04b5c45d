using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace DirectiveSearch.Web.Tests;

/// <summary>
/// The real server on a free loopback port over an index of the bundled corpus (OCR off), and Debian's
/// Chromium driven by Playwright, headless, with everything that would call out switched off.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] QuietChromium =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-default-apps", "--disable-sync", "--disable-extensions", "--disable-breakpad",
        "--disable-client-side-phishing-detection", "--disable-domain-reliability", "--metrics-recording-only",
        "--no-first-run", "--no-default-browser-check", "--no-pings", "--disable-features=Translate,OptimizationHints,MediaRouter",
    ];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-web-");
    private WebApplication? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("the browser has not started");

    /// <summary>Where every test leaves its screenshots: TestResults/screenshots at the repository root.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryFiles.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (apt-get install chromium), as .ci/run does.");
        Directory.CreateDirectory(ScreenshotFolder);
        var options = new ServerOptions(Path.Combine(folder.FullName, "index"), "http://127.0.0.1:0", RepositoryFiles.Corpus)
        {
            Ingest = new IngestOptions(Workers: 2, OcrEnabled: false),
        };
        app = DirectiveSearchServer.Create(options);
        await app.StartAsync();
        BaseAddress = new Uri(app.Urls.Single());

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = QuietChromium,
        });
    }

    /// <summary>A fresh page (own cookies, storage and clipboard) at <paramref name="width"/>×<paramref name="height"/>.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

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
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
