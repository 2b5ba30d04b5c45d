using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DirectiveSearch.Search.Querying;
using DirectiveSearch.Server.Contracts;

namespace DirectiveSearch.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class SearchApiTests(RunningServer server)
{
    [Fact]
    public async Task A_folded_query_finds_the_self_criticism_plan_first_with_marked_snippets_and_facets()
    {
        var search = await SearchAsync("/api/search?q=tu%20soi%20tu%20sua");

        Assert.Equal(["total", "hits", "facets", "tookMs", "directives", "citesLabels", "cached", "group", "approximate", "notice", "question", "suggestion"], Names(search));
        Assert.True(search.GetProperty("total").GetInt32() >= 1);
        var first = search.GetProperty("hits")[0];
        Assert.Equal("001_e0cf88b19ba32315", first.GetProperty("id").GetString());
        Assert.Equal(["id", "title", "symbol", "type", "typeName", "issuer", "date", "score", "sections"], Names(first));
        Assert.Equal("KH", first.GetProperty("type").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        var section = first.GetProperty("sections")[0];
        Assert.Equal(["path", "heading", "snippet", "start", "end", "snippetText", "highlights"], Names(section));
        Assert.Contains(first.GetProperty("sections").EnumerateArray(), s => s.GetProperty("snippet").GetString()!.Contains("<mark>", StringComparison.Ordinal));
        Assert.Contains("<mark>Tự</mark>", search.GetRawText(), StringComparison.Ordinal);
        // Beside the HTML: the plain text and the spans of the matched words in it, for a client that marks them itself.
        var marked = first.GetProperty("sections").EnumerateArray().First(s => s.GetProperty("highlights").GetArrayLength() > 0);
        var text = marked.GetProperty("snippetText").GetString()!;
        Assert.DoesNotContain("<mark>", text, StringComparison.Ordinal);
        Assert.All(marked.GetProperty("highlights").EnumerateArray(), span =>
            Assert.Contains(text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()].ToLowerInvariant(), new[] { "tự", "soi", "sửa" }));

        var facets = search.GetProperty("facets");
        Assert.Equal(["type", "issuer", "year", "cites", "sizes"], Names(facets));
        Assert.True(facets.GetProperty("type").GetProperty("KH").GetInt32() >= 1);
    }

    [Fact]
    public async Task Grouped_by_section_hits_are_sections_with_their_documents_facts()
    {
        var search = await SearchAsync("/api/search?q=tu%20soi%20tu%20sua&group=section&limit=5");

        Assert.Equal("section", search.GetProperty("group").GetString());
        var hits = search.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            Assert.Equal(["id", "title", "symbol", "type", "typeName", "issuer", "date", "score", "sections", "path", "heading", "snippet"], Names(hit));
            Assert.Single(hit.GetProperty("sections").EnumerateArray());
            Assert.Contains("<mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        }

        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        var documents = await SearchAsync("/api/search?q=tu%20soi%20tu%20sua");
        Assert.True(search.GetProperty("total").GetInt32() >= documents.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_json_is_the_library_response_written_with_the_shared_options_and_vietnamese_unescaped()
    {
        using var response = await server.Client.GetAsync("/api/search?q=T%E1%BB%B1%20soi%2C%20t%E1%BB%B1%20s%E1%BB%ADa&limit=3");
        var body = await response.Content.ReadAsStringAsync();

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("Tự soi", body, StringComparison.Ordinal);
        Assert.Contains("<mark>", body, StringComparison.Ordinal);
        var expected = ApiJson.Serialize(server.Index.Search(new SearchRequest("Tự soi, tự sửa", Limit: 3)));
        Assert.Equal(WithoutTiming(expected), WithoutTiming(body));
    }

    [Fact]
    public async Task A_repeated_search_is_answered_from_the_cache_with_the_same_results()
    {
        var first = await SearchAsync("/api/search?q=ke%20hoach%20thuc%20hien&limit=5");
        var again = await SearchAsync("/api/search?q=ke%20hoach%20thuc%20hien&limit=5");
        var otherPage = await SearchAsync("/api/search?q=ke%20hoach%20thuc%20hien&limit=5&offset=1");

        Assert.False(first.GetProperty("cached").GetBoolean());
        Assert.True(again.GetProperty("cached").GetBoolean());
        Assert.Equal(Ids(first), Ids(again));
        Assert.False(otherPage.GetProperty("cached").GetBoolean());
        Assert.Equal(Ids(first).Skip(1), Ids(otherPage).Take(Ids(first).Count - 1));
    }

    [Fact]
    public async Task Query_is_another_name_for_q()
    {
        var byQ = await SearchAsync("/api/search?q=chinh%20don%20dang");
        var byQuery = await SearchAsync("/api/search?query=chinh%20don%20dang");

        Assert.Equal("000_4cbdf169707affb0", byQ.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal(Ids(byQ), Ids(byQuery));
    }

    [Fact]
    public async Task Filters_alone_browse_the_documents_and_narrow_a_query()
    {
        var plans = await SearchAsync("/api/search?type=KH&limit=100");
        Assert.Equal(5, plans.GetProperty("total").GetInt32());
        Assert.Equal(5, plans.GetProperty("hits").GetArrayLength());

        var none = await SearchAsync("/api/search?type=NQ");
        Assert.Equal(0, none.GetProperty("total").GetInt32());

        var citing = await SearchAsync("/api/search?q=ke%20hoach&cites=KL%2021&limit=100");
        Assert.Contains("004_c789a2f662faff50", Ids(citing));
        Assert.Equal(citing.GetProperty("total").GetInt32(), citing.GetProperty("facets").GetProperty("cites").GetProperty("kl-21-tw-2021").GetInt32());
    }

    [Fact]
    public async Task Limit_offset_and_sort_page_through_the_same_matches()
    {
        var all = Ids(await SearchAsync("/api/search?q=ke%20hoach&limit=5"));
        var second = Ids(await SearchAsync("/api/search?q=ke%20hoach&limit=2&offset=2"));
        var byDate = await SearchAsync("/api/search?q=ke%20hoach&limit=5&sort=date");

        Assert.Equal(5, all.Count);
        Assert.Equal(all.Skip(2).Take(2), second);
        Assert.Equal(all.Order(StringComparer.Ordinal), Ids(byDate).Order(StringComparer.Ordinal));
        var sortedDates = byDate.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("date").GetString()).ToList();
        Assert.Equal(sortedDates.Where(d => d is not null).OrderDescending(StringComparer.Ordinal), sortedDates.Where(d => d is not null));
        Assert.Equal(byDate.GetProperty("total").GetInt32(), (await SearchAsync("/api/search?q=ke%20hoach&sort=DATE")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("q=a&limit=0", "limit")]
    [InlineData("q=a&limit=101", "limit")]
    [InlineData("q=a&limit=abc", "limit")]
    [InlineData("q=a&limit=1&limit=2", "limit")]
    [InlineData("q=a&limit=99999999999", "limit")]
    [InlineData("q=a&offset=-1", "offset")]
    [InlineData("q=a&offset=10001", "offset")]
    [InlineData("q=a&offset=x", "offset")]
    [InlineData("q=a&sort=foo", "sort")]
    [InlineData("q=a&group=article", "group")]
    [InlineData("q=a&year=abc", "year")]
    [InlineData("q=a&year=1899", "year")]
    [InlineData("q=a&year=2101", "year")]
    [InlineData("", "q")]
    [InlineData("q=%20%20", "q")]
    [InlineData("q=&sort=date", "q")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string queryString, string parameter)
    {
        using var response = await server.Client.GetAsync("/api/search?" + queryString);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.StartsWith(parameter + " ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_longer_than_the_limit_is_a_400_and_one_at_the_limit_is_searched()
    {
        using var tooLong = await server.Client.GetAsync("/api/search?q=" + new string('a', SearchRequest.MaxQueryLength + 1));
        var problem = await Problems.AssertProblemAsync(tooLong, HttpStatusCode.BadRequest);
        Assert.Contains("at most 10000 characters", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var atLimit = await SearchAsync("/api/search?q=" + string.Concat(Enumerable.Repeat("tu+soi+", SearchRequest.MaxQueryLength / 7)));
        Assert.Equal("001_e0cf88b19ba32315", atLimit.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Too_many_directive_references_or_phrases_are_a_400_not_a_500()
    {
        foreach (var query in new[] { string.Concat(Enumerable.Repeat("21-KL/TW ", 1100)), string.Concat(Enumerable.Repeat("\"a\" ", 2400)) })
        {
            using var response = await server.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
            Assert.True((int)response.StatusCode is 200 or 400, $"{(int)response.StatusCode} for {query[..20]}…");
            Assert.NotNull(JsonDocument.Parse(await response.Content.ReadAsStringAsync()));
        }
    }

    private async Task<JsonElement> SearchAsync(string url)
    {
        using var response = await server.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} for {url}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();

    private static List<string> Ids(JsonElement search) =>
        search.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();

    /// <summary>The answer without how it was obtained: the time taken, and whether the server's search cache gave it.</summary>
    private static string WithoutTiming(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("tookMs");
        node.Remove("cached");
        return node.ToJsonString();
    }
}
