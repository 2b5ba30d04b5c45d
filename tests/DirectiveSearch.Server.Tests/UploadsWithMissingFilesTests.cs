using System.Net;
using System.Text.Json;

namespace DirectiveSearch.Server.Tests;

/// <summary>A server whose index lists a file it can no longer find refuses changes rather than dropping that document.</summary>
public sealed class UploadsWithMissingFilesTests
{
    [Fact]
    public async Task An_upload_is_refused_with_a_reason_and_the_document_of_the_missing_file_stays_searchable()
    {
        var server = new UploadServer();
        await server.InitializeAsync();
        try
        {
            var corpus = Path.Combine(Path.GetDirectoryName(server.IndexDirectory)!, "corpus");
            var gone = Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).First();
            File.Delete(gone);
            var before = await DocumentCount(server);

            using var response = await server.UploadAsync(File.ReadAllBytes(Path.Combine(RepositoryFiles.Bench, "formats", "doc_000001.docx")));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Contains(Path.GetFileName(gone), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Contains("dirsearch ingest", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal(before, await DocumentCount(server));
            Assert.Empty(server.StoredFiles());
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task<int> DocumentCount(UploadServer server)
    {
        using var health = await server.Client.GetAsync("/health");
        return JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("documents").GetInt32();
    }
}
