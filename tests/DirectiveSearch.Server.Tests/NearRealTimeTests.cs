using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Server.Uploads;
using Microsoft.AspNetCore.Builder;

namespace DirectiveSearch.Server.Tests;

/// <summary>
/// What the server serves follows the index's commits while it runs: a commit made beside it by the ingestion API
/// "dirsearch ingest" uses (taking the same change lock) shows in search and in the knowledge base without a restart, and
/// concurrent uploads are group-committed (all acknowledged, all visible, in fewer commits than uploads). A real server
/// on a loopback port over a real index in a temporary folder.
/// </summary>
public sealed class NearRealTimeTests : IAsyncLifetime
{
    private const string Key = "near-real-time-upload-key-0123";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-nrt-");
    private WebApplication? app;
    private HttpClient? client;

    private string Index => Path.Combine(folder.FullName, "index");

    private string Corpus => Path.Combine(folder.FullName, "corpus");

    private HttpClient Client => client!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Corpus);
        foreach (var file in Directory.GetFiles(RepositoryFiles.Corpus, "*.txt"))
            File.Copy(file, Path.Combine(Corpus, Path.GetFileName(file)));
        app = DirectiveSearchServer.Create(new ServerOptions(Index, "http://127.0.0.1:0", Corpus)
        {
            Ingest = new IngestOptions(Workers: 2, OcrEnabled: false),
            UploadKey = new UploadKey(Key),
            SearchCacheSize = 100,
        });
        await app.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromMinutes(2) };
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

    [Fact]
    public async Task A_commit_made_by_an_ingest_beside_the_running_server_is_searched_and_in_the_knowledge_base_without_a_restart()
    {
        const string word = "xuyênthử";
        // Asked before the ingest, so a cached answer of the old generation would be the one given after it.
        Assert.Equal(0, await TotalAsync(word));
        var before = await ImplementationsAsync();
        var extra = Directory.CreateDirectory(Path.Combine(folder.FullName, "extra"));
        await File.WriteAllBytesAsync(Path.Combine(extra.FullName, "ke-hoach-99.txt"), Plan(99, $"thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng, {word}"));

        // What "dirsearch ingest corpus extra --index index" does while the server runs: parse, then plan and write under the change lock.
        var result = new IndexBuilder(ReaderCatalog.Default(), new IngestOptions(Workers: 2, OcrEnabled: false))
            .Build(Index, [Corpus, extra.FullName], exclusive: () => IndexOwnership.Change(Index, "test ingest", TimeSpan.FromMinutes(1)));
        Assert.True(result.Committed);
        var added = Assert.Single(result.Written, id => !before.Contains(id) && result.Report.Documents.Any(d => d.Id == id && d.Sources.Any(s => s.Path.EndsWith("ke-hoach-99.txt", StringComparison.Ordinal))));

        Assert.True(await EventuallyAsync(async () => await TotalAsync(word) == 1), "the ingest's document was not searchable within 10 s");
        Assert.True(await EventuallyAsync(async () => (await ImplementationsAsync()).Contains(added)), "the knowledge base did not list the ingest's plan within 10 s");
        using (var record = await Client.GetAsync("/api/documents/" + added))
            Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        Assert.Equal(6, await DocumentCountAsync());

        // The server plans its next change against the ingest's commit, not the one it opened: the ingest's document stays.
        using var upload = await UploadAsync(Plan(100, "thử nghiệm tải lên sau lần nạp"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(7, await DocumentCountAsync());
        Assert.Equal(1, await TotalAsync(word));
        using var index = DocumentIndex.Open(Index);
        Assert.Contains(added, index.DocumentIds());
    }

    [Fact]
    public async Task Concurrent_uploads_are_all_acknowledged_and_visible_in_fewer_commits_than_uploads()
    {
        const int uploads = 12;
        var generation = CommitGeneration.Last(Index);
        var responses = await Task.WhenAll(Enumerable.Range(0, uploads).Select(async n =>
        {
            using var response = await UploadAsync(Plan(200 + n, $"đợt tải đồng thời mã{200 + n}"));
            return (response.StatusCode, Id: JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(uploads, responses.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        // Each answer came after the commit holding it was published: every document is served by id and searched.
        foreach (var (_, id) in responses)
        {
            using var record = await Client.GetAsync("/api/documents/" + id);
            Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        }

        for (var n = 0; n < uploads; n++)
            Assert.Equal(1, await TotalAsync($"mã{200 + n}"));
        Assert.Equal(5 + uploads, await DocumentCountAsync());
        var commits = CommitGeneration.Last(Index) - generation;
        Assert.InRange(commits, 1, uploads - 1);

        // And what is on disk says the same, as a restart would read it.
        using var index = DocumentIndex.Open(Index);
        Assert.Equal(5 + uploads, index.DocumentCount);
    }

    private static byte[] Plan(int n, string subject)
    {
        string[] initials = ["b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x", "ng"];
        string[] vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
        var random = new Random(n);
        var text = new StringBuilder();
        text.Append("TỈNH ỦY THỬ NGHIỆM\nSố ").Append(n).Append("-KH/TU\n\nThử Nghiệm, ngày 10 tháng 3 năm 2022\n\nKẾ HOẠCH\n")
            .Append(subject).Append("\n\n");
        for (var p = 1; p <= 8; p++)
        {
            text.Append(p).Append(". ");
            for (var w = 0; w < 50; w++)
                text.Append(initials[random.Next(initials.Length)]).Append(vowels[random.Next(vowels.Length)]).Append(' ');
            text.Append(".\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private async Task<HttpResponseMessage> UploadAsync(byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "plan.txt");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        request.Headers.Add(UploadKey.HeaderName, Key);
        return await Client.SendAsync(request);
    }

    private async Task<int> TotalAsync(string query)
    {
        using var response = await Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32();
    }

    private async Task<string> ImplementationsAsync()
    {
        using var response = await Client.GetAsync("/api/directives/kl-21-tw-2021/implementations");
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<int> DocumentCountAsync()
    {
        using var response = await Client.GetAsync("/health");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("documents").GetInt32();
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
                return true;
            await Task.Delay(100);
        }

        return false;
    }
}
