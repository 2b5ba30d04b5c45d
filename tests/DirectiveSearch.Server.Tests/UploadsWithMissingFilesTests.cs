using System.Net;

namespace DirectiveSearch.Server.Tests;

/// <summary>A server whose index lists a file it can no longer find refuses changes rather than dropping that document.</summary>
public sealed class UploadsWithMissingFilesTests
{
    [BenchFact("formats")]
    public async Task An_upload_is_refused_with_a_reason_and_the_document_of_the_missing_file_stays_searchable()
    {
        var server = new UploadServer();
        await server.InitializeAsync();
        try
        {
            var corpus = Path.Combine(Path.GetDirectoryName(server.IndexDirectory)!, "corpus");
            var gone = Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).First();
            File.Delete(gone);
            var before = await server.DocumentCountAsync();

            using var response = await server.UploadAsync(File.ReadAllBytes(Path.Combine(RepositoryFiles.Bench, "formats", "doc_000001.docx")));

            var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
            Assert.Contains(Path.GetFileName(gone), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Contains("dirsearch ingest", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal(before, await server.DocumentCountAsync());
            Assert.Empty(server.StoredFiles());
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
