using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Server.Uploads;
using Microsoft.AspNetCore.Builder;
using Xunit.Abstractions;

namespace DirectiveSearch.Server.Tests;

/// <summary>
/// Uploads onto a real small filesystem (an 8 MB tmpfs the test mounts) until the disk is full: the failed change is a
/// Vietnamese 507 and publishes nothing, the server keeps serving the last commit, every upload answered 201 stays with
/// its file through a restart, and once space is freed the next upload works. Skipped, saying why, where the test
/// cannot mount a tmpfs (not root, or in a container without the capability).
/// </summary>
public sealed class DiskFullTests(ITestOutputHelper output) : IDisposable
{
    private const string Key = "disk-full-upload-key-0123456789";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-disk-full-");
    private bool mounted;

    private string Disk => Path.Combine(folder.FullName, "disk");

    private string Index => Path.Combine(Disk, "index");

    public void Dispose()
    {
        if (mounted)
            Run("umount", Disk);
        folder.Delete(recursive: true);
    }

    [SkippableFact]
    public async Task Uploads_until_the_disk_is_full_lose_nothing_acknowledged_and_the_next_upload_works_once_space_is_freed()
    {
        Directory.CreateDirectory(Disk);
        var (code, message) = Run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", Disk);
        Skip.If(code != 0, $"cannot mount a tmpfs for the test (mount exit code {code}: {message.Trim()})");
        mounted = true;
        var corpus = Directory.CreateDirectory(Path.Combine(folder.FullName, "corpus"));
        foreach (var file in Directory.GetFiles(RepositoryFiles.Corpus, "*.txt"))
            File.Copy(file, Path.Combine(corpus.FullName, Path.GetFileName(file)));

        var acknowledged = new List<string>();
        await using (var app = await StartAsync(corpus.FullName))
        using (var client = Client(app))
        {
            // Room for a few generations, not many: the rest of the disk is taken by a file that can be freed later.
            var filler = Path.Combine(Disk, "filler.bin");
            var free = new DriveInfo(Disk).AvailableFreeSpace;
            File.WriteAllBytes(filler, new byte[Math.Max(0, free - (4 * 1024 * 1024))]);

            HttpResponseMessage? full = null;
            for (var n = 1; n <= 60 && full is null; n++)
            {
                var response = await UploadAsync(client, Document(n));
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
                    response.Dispose();
                }
                else
                {
                    Assert.True(response.StatusCode == HttpStatusCode.InsufficientStorage, $"upload {n}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    full = response;
                }
            }

            Assert.NotNull(full);
            output.WriteLine($"{acknowledged.Count} uploads answered 201 before the disk was full");
            Assert.NotEmpty(acknowledged);
            var problem = await Problems.AssertProblemAsync(full, HttpStatusCode.InsufficientStorage);
            Assert.Contains("Ổ đĩa của máy chủ đã đầy", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            full.Dispose();

            // The server still serves the last commit, and so does the disk.
            Assert.Equal(5 + acknowledged.Count, await HealthCountAsync(client));
            using (var search = await client.GetAsync("/api/search?q=k%E1%BA%BF%20ho%E1%BA%A1ch"))
                Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            using (var onDisk = DocumentIndex.Open(Index))
                Assert.Subset(onDisk.DocumentIds().ToHashSet(), acknowledged.ToHashSet());

            // Still full: the next change gets the same answer (the writer was released), not a 503 or a 500.
            using (var again = await UploadAsync(client, Document(100)))
                Assert.Equal(HttpStatusCode.InsufficientStorage, again.StatusCode);

            File.Delete(filler);
            using var after = await UploadAsync(client, Document(101));
            Assert.Equal(HttpStatusCode.Created, after.StatusCode);
            acknowledged.Add(JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
        }

        await using (var app = await StartAsync(corpus.FullName))
        using (var client = Client(app))
        {
            Assert.Equal(5 + acknowledged.Count, await HealthCountAsync(client));
            foreach (var id in acknowledged)
            {
                using var file = await client.GetAsync($"/api/documents/{id}/sources/0");
                Assert.True(file.StatusCode == HttpStatusCode.OK, $"{id}: {(int)file.StatusCode}");
            }

            Assert.Equal(acknowledged.Select(id => id + ".txt").Order(StringComparer.Ordinal), Directory.GetFiles(Path.Combine(Index, "uploads")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
    }

    private async Task<WebApplication> StartAsync(string corpus)
    {
        var app = DirectiveSearchServer.Create(new ServerOptions(Index, "http://127.0.0.1:0", corpus)
        {
            Ingest = new IngestOptions(Workers: 1, OcrEnabled: false),
            UploadKey = new UploadKey(Key),
        });
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(WebApplication app) => new() { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromMinutes(2) };

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "upload.txt" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return await client.SendAsync(request);
    }

    private static async Task<int> HealthCountAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/health")).RootElement.GetProperty("documents").GetInt32();

    /// <summary>A plain-text plan of about 80 KB, different for every <paramref name="n"/>.</summary>
    private static byte[] Document(int n)
    {
        // Random syllables from some two thousand: no run of words repeats between two documents, so none is taken for
        // another rendition of the same document.
        string[] initials = ["b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x", "ng"];
        string[] vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
        string[] finals = ["", "c", "ch", "m", "n", "ng", "nh", "t"];
        var random = new Random(n);
        var text = new StringBuilder("ĐẢNG BỘ TỈNH THỬ NGHIỆM\n\nKẾ HOẠCH\nvề việc thử nghiệm số ").Append(n).Append("\n\n");
        for (var p = 1; p <= 200; p++)
        {
            text.Append(p).Append(". ");
            for (var w = 0; w < 60; w++)
                text.Append(initials[random.Next(initials.Length)]).Append(vowels[random.Next(vowels.Length)]).Append(finals[random.Next(finals.Length)]).Append(' ');
            text.Append("mã ").Append(n).Append('-').Append(p).Append(".\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static (int Code, string Message) Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
