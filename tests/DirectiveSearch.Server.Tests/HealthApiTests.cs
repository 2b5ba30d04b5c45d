using System.Text.Json;

namespace DirectiveSearch.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class HealthApiTests(RunningServer server)
{
    [Fact]
    public async Task Health_reports_ok_and_the_documents_of_the_index_the_server_built_on_start()
    {
        using var response = await server.Client.GetAsync("/health");

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(5, health.GetProperty("documents").GetInt32());
    }

    [Fact]
    public void Without_an_index_or_a_corpus_to_build_it_from_the_server_does_not_start()
    {
        var nowhere = Path.Combine(Path.GetTempPath(), "dirsearch-missing-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<DirectoryNotFoundException>(() =>
            DirectiveSearchServer.Create(new ServerOptions(Path.Combine(nowhere, "index"), "http://127.0.0.1:0", Path.Combine(nowhere, "corpus"))));

        Assert.Contains("corpus", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(nowhere));
    }
}
