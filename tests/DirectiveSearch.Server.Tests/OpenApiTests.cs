using System.Text.Json;

namespace DirectiveSearch.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class OpenApiTests(RunningServer server)
{
    [Fact]
    public async Task The_document_describes_every_endpoint_with_its_parameters_and_outcomes()
    {
        using var response = await server.Client.GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");

        var search = Get(paths, "/api/search");
        Assert.Equal(["q", "query", "limit", "offset", "type", "issuer", "year", "cites", "sort", "facetLimit", "group"], Parameters(search));
        Assert.Equal("Search", search.GetProperty("operationId").GetString());
        var limit = Parameter(search, "limit");
        Assert.False(string.IsNullOrWhiteSpace(limit.GetProperty("description").GetString()));
        Assert.Equal(1, limit.GetProperty("schema").GetProperty("minimum").GetInt32());
        Assert.Equal(100, limit.GetProperty("schema").GetProperty("maximum").GetInt32());
        Assert.Equal(10, limit.GetProperty("schema").GetProperty("default").GetInt32());
        Assert.Equal(["200", "400"], Responses(search));
        Assert.True(search.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(search.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));

        var list = Get(paths, "/api/documents");
        Assert.Equal(["limit", "offset"], Parameters(list));
        Assert.Equal(["200", "400"], Responses(list));

        var record = Get(paths, "/api/documents/{id}");
        Assert.Equal(["id"], Parameters(record));
        Assert.Equal(["200", "404"], Responses(record));

        var text = Get(paths, "/api/documents/{id}/text");
        Assert.Equal(["id"], Parameters(text));
        Assert.Equal(["200", "404"], Responses(text));
        Assert.True(text.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/plain", out _));

        var health = Get(paths, "/health");
        Assert.Equal(["200"], Responses(health));

        var directives = Get(paths, "/api/directives");
        Assert.Equal(["q", "type", "issuer", "limit", "offset", "status"], Parameters(directives));
        var resolve = Get(paths, "/api/directives/resolve");
        Assert.Equal(["ref"], Parameters(resolve));
        Assert.Equal(["200", "400", "404"], Responses(resolve));
        var directive = Get(paths, "/api/directives/{id}");
        Assert.Equal(["200", "404", "409"], Responses(directive));
        var implementations = Get(paths, "/api/directives/{id}/implementations");
        Assert.Equal(["id", "transitive"], Parameters(implementations));
        var dependants = Get(paths, "/api/directives/{id}/dependants");
        Assert.Equal(["id", "relation"], Parameters(dependants));
        var quotes = Get(paths, "/api/directives/{id}/quotes");
        Assert.True(quotes.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/csv", out _));
        var graph = Get(paths, "/api/graph");
        Assert.Equal(["root", "depth", "direction", "format"], Parameters(graph));
        Assert.True(graph.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/vnd.graphviz", out _));
        var upload = paths.GetProperty("/api/documents").GetProperty("post");
        Assert.Equal("UploadDocument", upload.GetProperty("operationId").GetString());
        Assert.Equal(["200", "201", "400", "401", "403", "413", "415", "422", "503", "507"], Responses(upload));
        var form = upload.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
        Assert.Equal("binary", form.GetProperty("properties").GetProperty("file").GetProperty("format").GetString());
        var delete = paths.GetProperty("/api/documents/{id}").GetProperty("delete");
        Assert.Equal(["id"], Parameters(delete));
        Assert.Equal(["204", "401", "403", "404", "409", "503", "507"], Responses(delete));
        Assert.All(new[] { upload, delete }, operation => Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString())));
        Assert.All(new[] { search, list, record, text, health, directives, resolve, directive, implementations, dependants, quotes, graph }, operation =>
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString())));
    }

    private static JsonElement Get(JsonElement paths, string path)
    {
        Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the OpenAPI document");
        return item.GetProperty("get");
    }

    private static List<string> Parameters(JsonElement operation) =>
        operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();

    private static JsonElement Parameter(JsonElement operation, string name) =>
        operation.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);

    private static List<string> Responses(JsonElement operation) =>
        operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal).ToList();
}
