using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DirectiveSearch.Bench.Serving;
using DirectiveSearch.Cli.Commands;

namespace DirectiveSearch.Cli.Tests;

/// <summary>The real dirsearch program as a child process, in a working directory of the test's choosing.</summary>
internal static class Dirsearch
{
    public const string Key = "index-safety-upload-key-0123456789";

    /// <summary>Runs a command to its end.</summary>
    public static CliRun Run(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dirsearch.dll"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dirsearch");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dirsearch {string.Join(' ', args)} did not end within 5 minutes");
        }

        return new CliRun(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>"dirsearch serve" with the upload key, up and answering.</summary>
    public static async Task<ServeChild> ServeAsync(string workingDirectory, params string[] args)
    {
        var server = ServeChild.Start([.. args, "--no-ocr"], new Dictionary<string, string> { [ServeCommand.UploadKeyVariable] = Key }, workingDirectory);
        using var client = Client(server);
        await server.WaitUntilUpAsync(client, TimeSpan.FromMinutes(5));
        return server;
    }

    /// <summary>Waits for a server that should refuse to start; returns everything it printed.</summary>
    public static async Task<string> RefusedAsync(ServeChild server)
    {
        for (var i = 0; i < 1200 && !server.HasExited; i++)
            await Task.Delay(50);
        Assert.True(server.HasExited, "the server started instead of refusing");
        await Task.Delay(200);
        return string.Join("\n", server.Output);
    }

    public static HttpClient Client(ServeChild server) => new() { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "upload.txt" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return await client.SendAsync(request);
    }

    public static async Task<string> UploadedIdAsync(HttpClient client, byte[] bytes)
    {
        using var response = await UploadAsync(client, bytes);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    public static async Task<IReadOnlyList<string>> IdsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("api/documents?limit=1000");
        response.EnsureSuccessStatusCode();
        return [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every document's every original file downloads with its recorded bytes, and no record shows an absolute path.
    /// Returns how many files were checked.
    /// </summary>
    public static async Task<int> AssertEveryFileServedAsync(HttpClient client)
    {
        var checkedFiles = 0;
        foreach (var id in await IdsAsync(client))
        {
            var record = JsonDocument.Parse(await client.GetStringAsync("api/documents/" + Uri.EscapeDataString(id))).RootElement;
            var sources = record.GetProperty("sources").EnumerateArray().ToList();
            for (var n = 0; n < sources.Count; n++)
            {
                var path = sources[n].GetProperty("path").GetString()!;
                Assert.False(Path.IsPathRooted(path), $"{id} shows the absolute path {path}");
                using var file = await client.GetAsync($"api/documents/{Uri.EscapeDataString(id)}/sources/{n}");
                Assert.True(file.IsSuccessStatusCode, $"{id} source {n} ({path}): {(int)file.StatusCode} {await file.Content.ReadAsStringAsync()}");
                Assert.Equal(sources[n].GetProperty("contentHash").GetString(), Convert.ToHexStringLower(SHA256.HashData(await file.Content.ReadAsByteArrayAsync())));
                checkedFiles++;
            }
        }

        return checkedFiles;
    }

    /// <summary>A plain-text plan of its own, different for every <paramref name="n"/>.</summary>
    public static byte[] Document(int n, int paragraphs = 20)
    {
        // Random syllables from some two thousand: no run of words repeats between two documents, so none is taken for
        // another rendition of the same document.
        string[] initials = ["b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x", "ng"];
        string[] vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
        string[] finals = ["", "c", "ch", "m", "n", "ng", "nh", "t"];
        var random = new Random(n);
        var text = new StringBuilder();
        text.Append("ĐẢNG BỘ TỈNH THỬ NGHIỆM\n\nKẾ HOẠCH\nvề việc thử nghiệm số ").Append(n).Append("\n\n");
        for (var p = 1; p <= paragraphs; p++)
        {
            text.Append(p).Append(". ");
            for (var w = 0; w < 60; w++)
                text.Append(initials[random.Next(initials.Length)]).Append(vowels[random.Next(vowels.Length)]).Append(finals[random.Next(finals.Length)]).Append(' ');
            text.Append("mã ").Append(n).Append('-').Append(p).Append(".\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static void CopySeedCorpus(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(RepositoryFiles.Corpus, "*.txt"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
    }
}
