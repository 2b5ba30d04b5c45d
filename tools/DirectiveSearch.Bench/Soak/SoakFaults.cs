using System.Diagnostics;
using System.Net;
using System.Text.Json;
using DirectiveSearch.Bench.Measures;
using DirectiveSearch.Bench.Serving;

namespace DirectiveSearch.Bench.Soak;

/// <summary>
/// The soak's fault phases, after the load: a SIGKILL during each kind of change (an upload, a deletion) and a full
/// disk. Each checks that every change answered with success is still there, with its file, after a restart, and
/// that the restarted server takes the next change.
/// </summary>
internal static class SoakFaults
{
    /// <summary>Kills the server while it writes the generation of an upload, then of a deletion.</summary>
    public static async Task<IReadOnlyList<SoakCheck>> KillDuringChangesAsync(string index, string corpus, string key, Action<string> say)
    {
        var checks = new List<SoakCheck>();
        foreach (var kind in new[] { "upload", "delete" })
        {
            say($"kill during a change: {kind}");
            IReadOnlyList<string> before;
            string? deleting = null;
            using (var server = await StartAsync(index, corpus, key))
            using (var client = Client(server))
            {
                if (kind == "delete")
                {
                    using var added = await UploadAsync(client, key, SoakText.Document(900_001, 200));
                    deleting = await IdAsync(added);
                }

                before = await IdsAsync(client);
                var pending = kind == "upload"
                    ? UploadAsync(client, key, SoakText.Document(900_002, 200))
                    : SendAsync(client, key, new HttpRequestMessage(HttpMethod.Delete, "api/documents/" + Uri.EscapeDataString(deleting!)));
                var building = await server.WaitForOutputAsync(": building a new index generation", TimeSpan.FromMinutes(2));
                server.Kill();
                try
                {
                    (await pending).Dispose();
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // The kill cut the connection: no answer, so nothing was acknowledged.
                }

                if (!building)
                {
                    checks.Add(new SoakCheck($"kill during {kind}", false, "the change never started writing a generation"));
                    continue;
                }
            }

            using (var server = await StartAsync(index, corpus, key))
            using (var client = Client(server))
            {
                var after = await IdsAsync(client);
                // A deletion killed after its commit is done; one killed before it is not: either, but never half.
                var consistent = kind == "upload"
                    ? after.SequenceEqual(before)
                    : after.SequenceEqual(before) || after.SequenceEqual(before.Where(id => id != deleting));
                var unserved = await UnservedFilesAsync(client, after);
                using var next = await UploadAsync(client, key, SoakText.Document(kind == "upload" ? 900_003 : 900_004, 50));
                checks.Add(new SoakCheck(
                    $"kill during {kind}: acknowledged documents and files kept, next change taken",
                    consistent && unserved.Count == 0 && next.StatusCode == HttpStatusCode.Created,
                    $"{before.Count} documents before, {after.Count} after the restart; {unserved.Count} files not served ({string.Join(", ", unserved.Take(3))}); next upload {(int)next.StatusCode}"));
            }
        }

        return checks;
    }

    /// <summary>
    /// Uploads onto an 8 MB tmpfs until the disk is full: 507 and nothing published; every 201 present with its file
    /// after a SIGKILL and a restart; the next upload taken once space is freed. Needs root (mount); otherwise skipped, saying so.
    /// </summary>
    public static async Task<SoakCheck> DiskFullAsync(string work, string corpus, string key, Action<string> say)
    {
        const string name = "disk full: every 201 kept with its file, 507 meanwhile, next upload after freeing space";
        var disk = Directory.CreateDirectory(Path.Combine(work, "disk")).FullName;
        var (code, message) = Run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk);
        if (code != 0)
            return new SoakCheck(name, true, $"skipped: cannot mount a tmpfs ({message.Trim()})");
        say("disk full: uploads onto an 8 MB tmpfs");
        try
        {
            var index = Path.Combine(disk, "index");
            var acknowledged = new List<string>();
            var statuses = new List<int>();
            using (var server = await StartAsync(index, corpus, key))
            using (var client = Client(server))
            {
                var filler = Path.Combine(disk, "filler.bin");
                File.WriteAllBytes(filler, new byte[Math.Max(0, new DriveInfo(disk).AvailableFreeSpace - (4 * 1024 * 1024))]);
                for (var n = 0; n < 60 && !statuses.Contains(507); n++)
                {
                    using var response = await UploadAsync(client, key, SoakText.Document(800_000 + n, 200));
                    statuses.Add((int)response.StatusCode);
                    if (response.StatusCode == HttpStatusCode.Created)
                        acknowledged.Add(await IdAsync(response));
                }

                using (var still = await UploadAsync(client, key, SoakText.Document(800_100, 200)))
                    statuses.Add((int)still.StatusCode);
                File.Delete(filler);
                using var freed = await UploadAsync(client, key, SoakText.Document(800_101, 200));
                statuses.Add((int)freed.StatusCode);
                if (freed.StatusCode == HttpStatusCode.Created)
                    acknowledged.Add(await IdAsync(freed));
                server.Kill();
            }

            using (var server = await StartAsync(index, corpus, key))
            using (var client = Client(server))
            {
                var after = await IdsAsync(client);
                var lost = acknowledged.Where(id => !after.Contains(id)).ToList();
                var unserved = await UnservedFilesAsync(client, acknowledged);
                var expected = statuses.Count >= 3 && statuses[^1] == 201 && statuses[^2] == 507 && statuses[^3] == 507 && statuses.SkipLast(3).All(s => s == 201);
                return new SoakCheck(
                    name,
                    expected && lost.Count == 0 && unserved.Count == 0,
                    $"statuses {string.Join(' ', statuses)}; {acknowledged.Count} acknowledged, {lost.Count} lost, {unserved.Count} files not served after the restart");
            }
        }
        finally
        {
            Run("umount", disk);
        }
    }

    private static async Task<ServeChild> StartAsync(string index, string corpus, string key)
    {
        var server = ServeChild.Start(["--index", index, "--corpus", corpus, "--no-ocr"], new Dictionary<string, string> { [ServeChild.UploadKeyVariable] = key });
        using var client = Client(server);
        await server.WaitUntilUpAsync(client, TimeSpan.FromMinutes(10));
        return server;
    }

    private static HttpClient Client(ServeChild server) => new() { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string key, byte[] bytes)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "soak.txt" } };
        return SendAsync(client, key, new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = form });
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string key, HttpRequestMessage request)
    {
        using (request)
        {
            request.Headers.Add("X-Upload-Key", key);
            return await client.SendAsync(request);
        }
    }

    private static async Task<string> IdAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()
            ?? throw new InvalidOperationException("an answer without an id");

    private static async Task<IReadOnlyList<string>> IdsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("api/documents?limit=1000");
        response.EnsureSuccessStatusCode();
        return [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
    }

    /// <summary>The documents among <paramref name="ids"/> whose first file the server cannot serve.</summary>
    private static async Task<List<string>> UnservedFilesAsync(HttpClient client, IEnumerable<string> ids)
    {
        var unserved = new List<string>();
        foreach (var id in ids)
        {
            using var file = await client.GetAsync($"api/documents/{Uri.EscapeDataString(id)}/sources/0");
            if (!file.IsSuccessStatusCode)
                unserved.Add(id);
        }

        return unserved;
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
