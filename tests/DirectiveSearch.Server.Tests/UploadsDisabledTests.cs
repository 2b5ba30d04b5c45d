using System.Net;
using System.Text;

namespace DirectiveSearch.Server.Tests;

/// <summary>The shared server is started without an upload key: it takes no changes, whatever a client sends.</summary>
[Collection(ServerCollection.Name)]
public sealed class UploadsDisabledTests(RunningServer server)
{
    [Fact]
    public async Task Without_a_configured_key_uploads_and_deletions_are_403_problems_even_with_a_key()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("KẾ HOẠCH\nnội dung")), "file", "a.txt" } };
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        upload.Headers.Add("X-Upload-Key", "any-key-at-all-0123456789");
        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/documents/002_f40361709d858c1f");
        delete.Headers.Add("Authorization", "Bearer any-key-at-all-0123456789");

        using var uploaded = await server.Client.SendAsync(upload);
        using var deleted = await server.Client.SendAsync(delete);

        var problem = await Problems.AssertProblemAsync(uploaded, HttpStatusCode.Forbidden);
        Assert.Contains("DIRSEARCH_UPLOAD_KEY", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problems.AssertProblemAsync(deleted, HttpStatusCode.Forbidden);
        Assert.Equal(5, server.Index.DocumentCount);
        Assert.False(Directory.Exists(Path.Combine(server.IndexDirectory, "uploads")));
    }

    [Theory]
    [InlineData("/api/documents")]
    [InlineData("/api/documents/no-such-document")]
    [InlineData("/api/documents?limit=ten")]
    [InlineData("/api/search?q=k%E1%BA%BF%20ho%E1%BA%A1ch")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_api_answer_has_nosniff_including_binding_failures(string url)
    {
        using var response = await server.Client.GetAsync(url);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
