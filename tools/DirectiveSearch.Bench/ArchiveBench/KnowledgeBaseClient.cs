using System.Net;
using System.Text.Json;

namespace DirectiveSearch.Bench.ArchiveBench;

/// <summary>
/// Reads the served knowledge base through the HTTP API, as a user's tool would: the document list (id, symbol, date),
/// a document's own directive id (GET /api/documents/{id}: identity), the implementations of a directive (direct and
/// transitive), and which document a knowledge-base node is (GET /api/directives/{id}: documentId).
/// </summary>
public sealed class KnowledgeBaseClient(HttpClient client)
{
    private readonly Dictionary<string, string?> documentOfNode = new(StringComparer.Ordinal);

    /// <summary>Every document as (id, symbol, date), through the paged list.</summary>
    public async Task<List<(string Id, string? Symbol, string? Date)>> DocumentsAsync()
    {
        var documents = new List<(string, string?, string?)>();
        while (true)
        {
            var page = await GetJsonAsync($"api/documents?limit=1000&offset={documents.Count}");
            var items = page.GetProperty("documents");
            foreach (var item in items.EnumerateArray())
                documents.Add((item.GetProperty("id").GetString()!, Text(item, "symbol"), Text(item, "date")));
            if (items.GetArrayLength() == 0 || documents.Count >= page.GetProperty("total").GetInt32())
                return documents;
        }
    }

    /// <summary>The document's own directive id ("kl-21-tw-2021"), or null when it has none.</summary>
    public async Task<string?> IdentityAsync(string documentId) =>
        Text(await GetJsonAsync("api/documents/" + Uri.EscapeDataString(documentId)), "identity");

    /// <summary>The implementing nodes of a directive: (node id, relation), transitive or direct only.</summary>
    public async Task<List<(string Node, string Relation)>> ImplementationsAsync(string node, bool transitive)
    {
        var list = await GetJsonAsync($"api/directives/{Uri.EscapeDataString(node)}/implementations?transitive={(transitive ? "true" : "false")}");
        return [.. list.EnumerateArray().Select(i => (i.GetProperty("id").GetString()!, i.GetProperty("relation").GetString()!))];
    }

    /// <summary>The corpus document a node is, or null when the corpus only cites it.</summary>
    public async Task<string?> DocumentOfAsync(string node)
    {
        if (documentOfNode.TryGetValue(node, out var known))
            return known;
        using var response = await client.GetAsync("api/directives/" + Uri.EscapeDataString(node));
        string? document = null;
        if (response.StatusCode == HttpStatusCode.OK)
            document = Text(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, "documentId");
        documentOfNode[node] = document;
        return document;
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
