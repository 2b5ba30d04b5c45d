using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace DirectiveSearch.Web.Tests;

/// <summary>
/// The real server over a generated archive whose truth is known by construction: one plan a year from 2001 to
/// 2025 and more in 2025, the same provincial committee written in three spellings ("TỈNH ỦY BẮC NINH",
/// "Tỉnh ủy Bắc Ninh", "Tỉnh uỷ Bắc Ninh"), text about "chuyển đổi số" and "ban chỉ đạo" (never "bàn").
/// The index is written before the server starts, so the server opens it as it would any index.
/// </summary>
public sealed class ArchiveFixture : IAsyncLifetime
{
    public const int FirstYear = 2001;
    public const int LastYear = 2025;
    public const int ExtraIn2025 = 4;
    public const string Issuer = "Tỉnh ủy Bắc Ninh";

    private static readonly string[] IssuerSpellings = ["TỈNH ỦY BẮC NINH", "Tỉnh ủy Bắc Ninh", "Tỉnh uỷ Bắc Ninh"];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-archive-");
    private WebApplication? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public static int Plans => LastYear - FirstYear + 1 + ExtraIn2025;

    public async Task InitializeAsync()
    {
        var records = new List<DocumentRecord>();
        for (var year = FirstYear; year <= LastYear; year++)
            records.Add(Plan(records.Count, year));
        for (var i = 0; i < ExtraIn2025; i++)
            records.Add(Plan(records.Count, LastYear));
        var index = Path.Combine(folder.FullName, "index");
        DocumentIndexWriter.Write(index, records, new CorpusCitationResolver().Resolve(records), []);
        var corpus = Directory.CreateDirectory(Path.Combine(folder.FullName, "corpus")).FullName;

        app = DirectiveSearchServer.Create(new ServerOptions(index, "http://127.0.0.1:0", corpus));
        await app.StartAsync();
        BaseAddress = new Uri(app.Urls.Single());
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = WebFixture.ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
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

    private static DocumentRecord Plan(int n, int year)
    {
        var id = $"plan-{n:00}";
        var title = $"Kế hoạch số {n + 1}-KH/TU về chuyển đổi số năm {year}";
        string[] sections =
        [
            $"Mục đích. Đẩy mạnh chuyển đổi số trong các cơ quan đảng của tỉnh năm {year}.",
            "Tổ chức thực hiện. Thành lập ban chỉ đạo; các huyện ủy báo cáo kết quả hằng quý.",
        ];
        var lines = new List<string> { "KẾ HOẠCH", title };
        var parsed = new List<Section>();
        var offset = lines.Sum(l => l.Length + 1);
        for (var i = 0; i < sections.Length; i++)
        {
            var line = $"{i + 1}. {sections[i]}";
            parsed.Add(new Section($"{i + 1}", sections[i].Split('.')[0], offset, offset + line.Length, []));
            lines.Add(line);
            offset += line.Length + 1;
        }

        return new DocumentRecord(
            id,
            [new SourceFile(id + ".txt", "txt", false, [], n.ToString("x64", System.Globalization.CultureInfo.InvariantCulture), 1, null)],
            new DocumentType("KH", "Kế hoạch"),
            $"{n + 1}-KH/TU",
            title,
            IssuerSpellings[n % IssuerSpellings.Length],
            null,
            new DateOnly(year, 1 + (n % 12), 10),
            parsed,
            [],
            null,
            string.Join('\n', lines));
    }
}

[CollectionDefinition(Name)]
public sealed class ArchiveCollection : ICollectionFixture<ArchiveFixture>
{
    public const string Name = "archive";
}
