using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace DirectiveSearch.Bench.Soak;

/// <summary>
/// One client of the soak: searches, reads, and uploads and deletes the documents it alone owns. Owning them means
/// its own answers say exactly which of them the index must hold, whatever the other workers do meanwhile; after
/// each change it reads the record back, so a change that is not visible at once is caught where it happens.
/// </summary>
internal sealed class SoakWorker(int number, IReadOnlyList<SoakDocument> owned, IReadOnlyList<string> seedIds, HttpClient client, string uploadKey, SoakTally tally)
{
    private static readonly string[] Queries =
    [
        "kế hoạch", "nghị quyết", "KL 21", "tu soi tu sua", "chuyển đổi số", "\"Đảng ủy\"", "chỉ thị", "phòng, chống tham nhũng",
        "cán bộ, đảng viên", "quy định", "luật", "ngân sách nhà nước", "21-KL/TW", "bảo vệ môi trường", "tổ chức cơ sở đảng",
    ];

    private readonly Random random = new(number * 7919 + 17);

    /// <summary>The owned documents the index holds now, by document name, with the id its upload answered.</summary>
    private readonly Dictionary<string, string> present = new(StringComparer.Ordinal);

    /// <summary>Ids the index must hold at the end because of this worker: its uploads not deleted since.</summary>
    public IReadOnlyCollection<string> PresentIds => present.Values;

    public async Task RunAsync(DateTime until)
    {
        while (DateTime.UtcNow < until)
        {
            var roll = random.NextDouble();
            if (owned.Count > 0 && roll < 0.25)
                await ChangeAsync();
            else if (roll < 0.40)
                await ReadAsync();
            else if (roll < 0.45)
                await SendAsync("list", () => new HttpRequestMessage(HttpMethod.Get, "api/documents?limit=50"));
            else
                await SearchAsync();
        }
    }

    private async Task SearchAsync()
    {
        var query = Queries[random.Next(Queries.Length)];
        var filter = random.Next(4) == 0 ? "&type=KH" : random.Next(4) == 0 ? "&sort=date" : string.Empty;
        await SendAsync("search", () => new HttpRequestMessage(HttpMethod.Get, "api/search?q=" + Uri.EscapeDataString(query) + filter));
    }

    private async Task ReadAsync()
    {
        var ids = seedIds.Concat(present.Values).ToList();
        if (ids.Count == 0)
        {
            await SearchAsync();
            return;
        }

        var id = ids[random.Next(ids.Count)];
        var (status, _) = await SendAsync("get", () => new HttpRequestMessage(HttpMethod.Get, "api/documents/" + Uri.EscapeDataString(id)));
        if (status == HttpStatusCode.NotFound)
            tally.Contradiction($"GET {id} was 404 though the document was never deleted");
    }

    /// <summary>Deletes a present owned document, or uploads one file of an absent one.</summary>
    private async Task ChangeAsync()
    {
        var document = owned[random.Next(owned.Count)];
        if (present.TryGetValue(document.Name, out var id))
        {
            var (status, _) = await SendAsync("delete", () => Keyed(new HttpRequestMessage(HttpMethod.Delete, "api/documents/" + Uri.EscapeDataString(id))));
            if (status == HttpStatusCode.NoContent)
            {
                present.Remove(document.Name);
                await ExpectAsync(id, HttpStatusCode.NotFound, "after its DELETE returned 204");
            }
            else if (status is HttpStatusCode.NotFound or HttpStatusCode.Conflict)
            {
                tally.Contradiction($"DELETE {id} was {(int)status} though its upload succeeded and only this worker deletes it");
            }

            return;
        }

        var file = document.Files[random.Next(document.Files.Count)];
        var bytes = await File.ReadAllBytesAsync(file);
        var (uploaded, body) = await SendAsync("upload", () =>
        {
            var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", Path.GetFileName(file) } };
            return Keyed(new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = form });
        });
        if (uploaded is not (HttpStatusCode.Created or HttpStatusCode.OK) || body is null)
            return;
        var newId = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        if (seedIds.Contains(newId, StringComparer.Ordinal))
        {
            // The file repeats the seed document's bytes: it is the seed's, not this worker's, to keep.
            tally.Contradiction($"upload of {Path.GetFileName(file)} answered the seed document {newId}");
            return;
        }

        present[document.Name] = newId;
        await ExpectAsync(newId, HttpStatusCode.OK, $"after its upload returned {(int)uploaded}");
    }

    private async Task ExpectAsync(string id, HttpStatusCode expected, string when)
    {
        var (status, _) = await SendAsync("get", () => new HttpRequestMessage(HttpMethod.Get, "api/documents/" + Uri.EscapeDataString(id)));
        if (status is { } seen && seen != expected && seen != HttpStatusCode.TooManyRequests)
            tally.Contradiction($"GET {id} was {(int)seen} {when}");
    }

    private HttpRequestMessage Keyed(HttpRequestMessage request)
    {
        request.Headers.Add("X-Upload-Key", uploadKey);
        return request;
    }

    /// <summary>Sends, counts the answer under its status (or the exception type), returns the status and, for 2xx, the body.</summary>
    private async Task<(HttpStatusCode? Status, string? Body)> SendAsync(string operation, Func<HttpRequestMessage> create)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = create();
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            tally.Count(operation, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return (response.StatusCode, response.IsSuccessStatusCode ? body : null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            tally.Count(operation, e.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return (null, null);
        }
    }
}
