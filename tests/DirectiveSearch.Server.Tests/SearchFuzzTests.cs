using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace DirectiveSearch.Server.Tests;

/// <summary>
/// Hostile queries thrown at /api/search: random Unicode (lone surrogates, stacked combining marks),
/// Lucene syntax, unbalanced quotes, NUL and control characters, 10,000-character strings, broken
/// percent-encodings and nonsense in the other parameters. Whatever comes in, the answer is never a
/// 5xx and always JSON (a result or a problem). The seed is fixed so a failure can be replayed.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class SearchFuzzTests(RunningServer server)
{
    private const int Seed = 7_205_117;
    private const int Queries = 300;
    private const string LuceneSyntax = "+-&&||!(){}[]^\"~*?:\\/";
    private const string Vietnamese = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐƯƠ";
    private static readonly string[] Words = ["tự", "soi", "sửa", "tu", "KL", "21", "21-KL/TW", "Kết luận", "kế hoạch", "Đảng", "uỷ", "ủy", "AND", "OR", "NOT", "TO", "*", "?"];
    private static readonly string[] BrokenEncodings = ["%FF%FE", "%C3%28", "%ED%A0%80", "%", "%G1", "%E1%BB", "%00", "%F0%9F%98", "%C0%AF", "%25%32%35"];

    [Fact]
    public async Task Hostile_queries_never_get_a_5xx_and_always_get_json()
    {
        var random = new Random(Seed);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        for (var i = 0; i < Queries; i++)
        {
            var url = "/api/search?" + QueryString(random, i);
            using var response = await server.Client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            var why = Problem((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
            if (why is not null)
                failures.Add($"#{i} {why}: {Shorten(url)}");
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        // Most queries must get through validation to the search itself, or the test proves little.
        var summary = string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"));
        Assert.True(statuses.GetValueOrDefault(200) >= Queries / 2, summary);
        Assert.True(statuses.GetValueOrDefault(400) > 0, summary);
    }

    [Fact]
    public async Task Hostile_references_to_the_knowledge_base_and_graph_never_get_a_5xx()
    {
        var random = new Random(Seed + 1);
        string[] templates =
        [
            "/api/directives/resolve?ref={0}", "/api/directives?q={0}", "/api/directives?issuer={0}&type={0}",
            "/api/directives/{0}", "/api/directives/{0}/implementations?transitive=true", "/api/directives/{0}/quotes",
            "/api/graph?root={0}", "/api/graph?root={0}&depth=3&direction=in&format=dot",
        ];
        var failures = new List<string>();
        for (var i = 0; i < Queries; i++)
        {
            var text = HostileText(random, i);
            // A path segment cannot be empty, and over a few thousand characters it meets the URL's own limit rather than ours.
            var value = Encode(text.Length is 0 or > 2_000 ? "x" + text[..Math.Min(text.Length, 2_000)] : text);
            var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, templates[i % templates.Length], value);
            using var response = await server.Client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (status >= 500)
                failures.Add($"#{i} status {status}: {Shorten(url)}");
            else if (mediaType is "application/json" or "application/problem+json")
                JsonDocument.Parse(body).Dispose();
            else if (!(status == 200 && mediaType is "text/vnd.graphviz" or "text/csv"))
                failures.Add($"#{i} status {status} with content type '{mediaType}': {Shorten(url)}");
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>A Vietnamese query of the maximum length is about 90 KB of request line, more than <see cref="Uri"/> takes, so it goes over a raw socket.</summary>
    [Theory]
    [InlineData(10_000, 200)]
    [InlineData(10_001, 400)]
    public async Task A_query_of_the_maximum_length_in_vietnamese_is_answered_by_the_api(int length, int expectedStatus)
    {
        var random = new Random(Seed);
        var query = new string(Enumerable.Range(0, length).Select(i => i % 6 == 5 ? ' ' : Vietnamese[random.Next(Vietnamese.Length)]).ToArray());

        var (status, mediaType, body) = await RawGetAsync("/api/search?q=" + Encode(query));

        Assert.Equal(expectedStatus, status);
        Assert.Null(Problem(status, mediaType, body));
    }

    private static string? Problem(int status, string? mediaType, string body)
    {
        if (status >= 500)
            return $"status {status}";
        if (mediaType is not ("application/json" or "application/problem+json"))
            return $"status {status} with content type '{mediaType}'";
        try
        {
            using var json = JsonDocument.Parse(body);
            if (status == 200 && !(json.RootElement.TryGetProperty("hits", out _) && json.RootElement.TryGetProperty("facets", out _)))
                return "a 200 without hits and facets";
            if (status != 200 && !json.RootElement.TryGetProperty("title", out _))
                return $"status {status} without a problem title";
        }
        catch (JsonException e)
        {
            return $"status {status} with invalid JSON ({e.Message})";
        }

        return null;
    }

    private static string QueryString(Random random, int round)
    {
        var parts = new List<string>();
        var raw = round % 13 == 12;
        parts.Add((random.Next(4) == 0 ? "query=" : "q=") + (raw ? BrokenEncodings[random.Next(BrokenEncodings.Length)] : Encode(HostileText(random, round))));
        // Half the requests carry only the query, so most reach the search rather than stop at validation.
        if (random.Next(2) == 0)
            return parts[0];
        if (random.Next(3) == 0)
            parts.Add("limit=" + Encode(Pick(random, ["", "1", "10", "100", "0", "-5", "101", "1e3", "abc", "0x10", " 7 ", "2147483648", "١٢"])));
        if (random.Next(3) == 0)
            parts.Add("offset=" + Encode(Pick(random, ["", "0", "3", "10000", "10001", "-1", "NaN", "1.5"])));
        if (random.Next(4) == 0)
            parts.Add("sort=" + Encode(Pick(random, ["relevance", "date", "DATE", "", "foo", "relevance,date", "\0"])));
        if (random.Next(4) == 0)
            parts.Add("year=" + Encode(Pick(random, ["2022", "1900", "2100", "1899", "0", "-2022", "twenty", "2022.0", ""])));
        if (random.Next(5) == 0)
            parts.Add("type=" + Encode(HostileText(random, random.Next(12))));
        if (random.Next(5) == 0)
            parts.Add("issuer=" + Encode(HostileText(random, random.Next(12))));
        if (random.Next(5) == 0)
            parts.Add("cites=" + Encode(HostileText(random, random.Next(12))));
        return string.Join('&', parts.OrderBy(_ => random.Next()));
    }

    private static string HostileText(Random random, int round) => (round % 12) switch
    {
        0 => string.Empty,
        1 => new string(Enumerable.Range(0, random.Next(1, 20)).Select(_ => Pick(random, [' ', '\t', '\n', '\r', '\u00A0', '\u2003', '\u3000', '\u200B', '\uFEFF'])).ToArray()),
        2 => new string(Enumerable.Range(0, random.Next(1, 30)).Select(_ => (char)random.Next(0, 0x20)).ToArray()) + "\0tự\0",
        3 => new string(Enumerable.Range(0, random.Next(1, 60)).Select(_ => (char)random.Next(0, 0x10000)).ToArray()),
        4 => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ =>
            Vietnamese[random.Next(Vietnamese.Length)] + new string((char)random.Next(0x300, 0x370), random.Next(0, 6)))),
        5 => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ =>
            random.Next(3) == 0 ? Pick(random, Words) + " " : LuceneSyntax[random.Next(LuceneSyntax.Length)].ToString())),
        6 => Pick(random, ["\"tu soi", "tu\" soi\"", "\"\"\"\"", "\"", "“tự soi", "\"21-KL/TW", "\"\" \"", "'tu soi'", "«tự soi»"]) + Pick(random, Words),
        7 => string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => char.ConvertFromUtf32(random.Next(0x10000, 0x110000)))),
        8 => string.Join(' ', Enumerable.Range(0, random.Next(1, 50)).Select(_ =>
            $"{random.Next(-5, 100_000)}{Pick(random, ["-KL/TW", "-NQ/TW", "/", "-", " KL ", "-QĐ/TW", "-KH/ĐUK", "/TW"])}{Pick(random, ["", "/", "//", "-TW", "Kết luận"])}")),
        9 => LongText(random),
        10 => string.Join(' ', Enumerable.Range(0, random.Next(1, 80)).Select(_ => Pick(random, Words))),
        _ => new string(Enumerable.Range(0, random.Next(1, 200)).Select(_ => (char)random.Next(0x20, 0x3000)).ToArray()),
    };

    /// <summary>
    /// 10,000 characters, mostly ASCII so the percent-encoded URL stays within what <see cref="Uri"/>
    /// accepts (65,519 characters); the all-Vietnamese case is the raw-socket test above.
    /// </summary>
    private static string LongText(Random random)
    {
        var text = new StringBuilder(10_000);
        while (text.Length < 10_000)
        {
            _ = random.Next(10) switch
            {
                < 5 => text.Append((char)random.Next('a', 'z' + 1)),
                5 => text.Append(' '),
                6 => text.Append(LuceneSyntax[random.Next(LuceneSyntax.Length)]),
                7 => text.Append(Vietnamese[random.Next(Vietnamese.Length)]),
                8 => text.Append((char)random.Next(0x300, 0x370)),
                _ => text.Append((char)random.Next(0xD800, 0xE000)),
            };
        }

        return text.ToString(0, 10_000);
    }

    /// <summary>UTF-8 percent-encoding of every byte but the unreserved ones; lone surrogates become U+FFFD, as any client must send them.</summary>
    private static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
                builder.Append((char)b);
            else
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private async Task<(int Status, string? MediaType, string Body)> RawGetAsync(string pathAndQuery)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET {pathAndQuery} HTTP/1.1\r\nHost: {server.BaseAddress.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();

        var headerEnd = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = response[..headerEnd].Split("\r\n");
        var status = int.Parse(headers[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var mediaType = headers.FirstOrDefault(h => h.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))?["Content-Type:".Length..].Split(';')[0].Trim();
        var body = response[(headerEnd + 4)..];
        if (headers.Any(h => h.Equals("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase)))
            body = Unchunk(body);
        return (status, mediaType, body);
    }

    private static string Unchunk(string chunked)
    {
        // Chunk sizes count bytes; the body is re-encoded to count them.
        var bytes = Encoding.UTF8.GetBytes(chunked);
        var output = new MemoryStream();
        var position = 0;
        while (true)
        {
            var lineEnd = Array.IndexOf(bytes, (byte)'\r', position);
            var size = Convert.ToInt32(Encoding.ASCII.GetString(bytes, position, lineEnd - position).Split(';')[0], 16);
            if (size == 0)
                return Encoding.UTF8.GetString(output.ToArray());
            output.Write(bytes, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];

    private static string Shorten(string url) => url.Length <= 300 ? url : url[..300] + $"… ({url.Length} characters)";
}
