using System.Net;
using System.Text.Json;
using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class DocumentsApiTests(RunningServer server)
{
    private const string PlanId = "002_f40361709d858c1f";

    [Fact]
    public async Task A_record_is_the_json_dirsearch_show_prints()
    {
        using var response = await server.Client.GetAsync($"/api/documents/{PlanId}");
        var body = await response.Content.ReadAsStringAsync();

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ApiJson.Serialize(server.Index.Details(PlanId)!), body);
        var record = JsonDocument.Parse(body).RootElement;
        Assert.Equal(PlanId, record.GetProperty("id").GetString());
        Assert.Equal("KH", record.GetProperty("type").GetProperty("code").GetString());
        Assert.Equal("Kế hoạch", record.GetProperty("type").GetProperty("name").GetString());
        Assert.Contains("Nguyễn Trọng Vân", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_text_is_plain_utf8_and_is_the_record_text()
    {
        using var response = await server.Client.GetAsync($"/api/documents/{PlanId}/text");

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(server.Index.Find(PlanId)!.Text, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/documents/no-such-document")]
    [InlineData("/api/documents/no-such-document/text")]
    [InlineData("/api/documents/%FF%FE")]
    [InlineData("/api/documents/%E1%BB%B1%20soi")]
    [InlineData("/api/documents/..%2F..%2Fetc%2Fpasswd")]
    public async Task Unknown_ids_are_404_problems(string url)
    {
        using var response = await server.Client.GetAsync(url);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_pages_through_every_document_in_id_order()
    {
        var first = await ListAsync("/api/documents?limit=2");
        var rest = await ListAsync("/api/documents?limit=10&offset=2");
        var all = await ListAsync("/api/documents");

        Assert.Equal(5, all.GetProperty("total").GetInt32());
        var ids = Ids(first).Concat(Ids(rest)).ToList();
        Assert.Equal(server.Index.DocumentIds(), ids);
        Assert.Equal(ids, Ids(all));
        var item = first.GetProperty("documents")[0];
        Assert.Equal(["id", "title", "symbol", "type", "typeName", "date"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("KH", item.GetProperty("type").GetString());
        Assert.Equal(0, (await ListAsync("/api/documents?offset=50")).GetProperty("documents").GetArrayLength());
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=1001")]
    [InlineData("limit=ten")]
    [InlineData("offset=-3")]
    public async Task Bad_list_parameters_are_400_problems(string queryString)
    {
        using var response = await server.Client.GetAsync("/api/documents?" + queryString);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(queryString.Split('=')[0], problem.GetProperty("parameter").GetString());
    }

    private async Task<JsonElement> ListAsync(string url)
    {
        using var response = await server.Client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static IEnumerable<string> Ids(JsonElement page) =>
        page.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()!);
}
