using System.Net;
using System.Text.Json;

namespace DirectiveSearch.Server.Tests;

/// <summary>Ids over uploads: a rendition joins its document under the id links already use; a deleted id says it was removed.</summary>
[Collection(UploadServerCollection.Name)]
public sealed class DocumentIdentityApiTests(UploadServer server)
{
    private const string Seed = "002_f40361709d858c1f";

    [Fact]
    public async Task An_uploaded_rendition_of_an_indexed_document_joins_it_and_keeps_its_id()
    {
        var before = await server.DocumentCountAsync();

        using var response = await server.UploadAsync(File.ReadAllBytes(RepositoryFiles.Seed("002", ".pdf")));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, body);
        var record = JsonDocument.Parse(body).RootElement;
        Assert.Equal(Seed, record.GetProperty("id").GetString());
        Assert.Contains(record.GetProperty("sources").EnumerateArray(), s => s.GetProperty("format").GetString() == "pdf");
        Assert.Equal(before, await server.DocumentCountAsync());
        using var get = await server.Client.GetAsync($"/api/documents/{Seed}");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
    }

    [Fact]
    public async Task A_deleted_documents_id_answers_404_saying_in_vietnamese_that_it_was_removed()
    {
        var text = await File.ReadAllTextAsync(RepositoryFiles.Seed("003", ".txt"));
        // The plan under another number: its own document, not a rendition of seed 003.
        var own = System.Text.Encoding.UTF8.GetBytes(text.Replace("62-KH/ĐUK", "91-KH/ĐUK", StringComparison.Ordinal) + "\nBản lưu riêng của đơn vị.\n" + string.Join('\n', Enumerable.Range(1, 40).Select(i => $"Mục bổ sung {i}: giao chi bộ số {i} báo cáo kết quả thực hiện hằng quý cho Ban Thường vụ.")));
        using var upload = await server.UploadAsync(own);
        var uploaded = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var id = uploaded.GetProperty("id").GetString()!;
        Assert.NotEqual("003_41e233eb54fad814", id);

        using (var deleted = await server.DeleteAsync(id))
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        using var gone = await server.Client.GetAsync($"/api/documents/{id}");
        var problem = await Problems.AssertProblemAsync(gone, HttpStatusCode.NotFound);
        Assert.True(problem.GetProperty("removed").GetBoolean());
        Assert.Contains("đã bị xóa", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var unknown = await server.Client.GetAsync("/api/documents/chua-tung-co");
        var never = await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.False(never.TryGetProperty("removed", out _));
    }
}
