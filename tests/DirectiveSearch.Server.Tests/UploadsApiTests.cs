using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DirectiveSearch.Server.Tests;

[Collection(UploadServerCollection.Name)]
public sealed class UploadsApiTests(UploadServer server)
{
    private static byte[] Bench(string name) => File.ReadAllBytes(Path.Combine(RepositoryFiles.Bench, "formats", name));

    [BenchFact("formats")]
    public async Task An_upload_is_stored_by_its_hash_and_searchable_at_once()
    {
        var bytes = Bench("doc_000001.docx");
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var before = await DocumentCountAsync();

        using var response = await server.UploadAsync(bytes);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var record = JsonDocument.Parse(body).RootElement;
        var id = record.GetProperty("id").GetString()!;
        Assert.Equal(hash, id);
        Assert.Equal($"/api/documents/{id}", response.Headers.Location?.OriginalString);
        var source = record.GetProperty("sources")[0];
        // Relative to the index folder, so the index moves whole with its uploads; no path of the server's disk shows.
        Assert.Equal($"uploads/{hash}.docx", source.GetProperty("path").GetString());
        Assert.Equal("docx", source.GetProperty("format").GetString());
        Assert.Contains(hash + ".docx", server.StoredFiles());
        Assert.DoesNotContain(server.StoredFiles(), f => f.EndsWith(".part", StringComparison.Ordinal));

        // The record is what GET answers, and search finds it by its title without a restart.
        using var get = await server.Client.GetAsync(response.Headers.Location);
        Assert.Equal(body, await get.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await DocumentCountAsync());
        var title = record.GetProperty("title").GetString()!;
        var query = string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6));
        using var search = await server.Client.GetAsync("/api/search?limit=100&q=" + Uri.EscapeDataString(query));
        var hits = JsonDocument.Parse(await search.Content.ReadAsStringAsync()).RootElement.GetProperty("hits");
        Assert.Contains(hits.EnumerateArray(), hit => hit.GetProperty("id").GetString() == id);
    }

    [BenchFact("formats")]
    public async Task The_same_file_uploaded_twice_at_once_is_one_document()
    {
        var bytes = Bench("doc_000004.pdf");
        var before = await DocumentCountAsync();

        var responses = await Task.WhenAll(server.UploadAsync(bytes), server.UploadAsync(bytes));

        var statuses = responses.Select(r => r.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Created], statuses);
        var ids = await Task.WhenAll(responses.Select(async r => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()));
        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(before + 1, await DocumentCountAsync());
        Assert.Single(server.StoredFiles(), f => f.StartsWith(ids[0]!, StringComparison.Ordinal));
        foreach (var response in responses)
            response.Dispose();
    }

    [BenchFact("formats")]
    public async Task Searches_during_an_upload_see_the_index_before_or_after_it()
    {
        var before = await DocumentCountAsync();
        var upload = server.UploadAsync(Bench("doc_000005.docx"));
        var seen = new HashSet<int>();
        while (!upload.IsCompleted)
        {
            using var search = await server.Client.GetAsync("/api/search?q=k%E1%BA%BF%20ho%E1%BA%A1ch");
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            seen.Add(await DocumentCountAsync());
        }

        using var response = await upload;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotEmpty(seen);
        Assert.Subset(new HashSet<int> { before, before + 1 }, seen);
        Assert.Equal(before + 1, await DocumentCountAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789-wrong")]
    [InlineData("test-upload-key-012345678")]
    public async Task Without_the_key_an_upload_is_401_and_nothing_is_stored(string? key)
    {
        var stored = server.StoredFiles();

        using var response = await server.UploadAsync(Encoding.UTF8.GetBytes("KẾ HOẠCH\nnội dung"), key);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("X-Upload-Key", problem.GetProperty("parameter").GetString());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(stored, server.StoredFiles());
    }

    [Fact]
    public async Task Binary_data_is_a_415_problem_naming_the_file_whatever_its_name()
    {
        var stored = server.StoredFiles();
        var bytes = new byte[5000];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0;

        using var response = await server.UploadAsync(bytes, fileName: "plan.pdf");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("file", problem.GetProperty("parameter").GetString());
        Assert.Contains("dữ liệu nhị phân", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(stored, server.StoredFiles());
    }

    [Fact]
    public async Task A_zip_that_is_no_word_file_is_a_422_problem_with_the_reader_reason_and_is_not_kept()
    {
        var stored = server.StoredFiles();
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("notes.txt").Open());
            entry.Write("không phải tệp Word");
        }

        using var response = await server.UploadAsync(zip.ToArray(), fileName: "plan.docx");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("file", problem.GetProperty("parameter").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("reason").GetString()));
        Assert.StartsWith("Không đọc được văn bản trong tệp", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(stored, server.StoredFiles());
    }

    [Fact]
    public async Task An_empty_file_is_a_422_problem()
    {
        using var response = await server.UploadAsync([]);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("tệp rỗng", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_a_413_problem_and_is_not_kept()
    {
        var stored = server.StoredFiles();
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Đảng ủy khối ", (int)(UploadServer.MaxUploadBytes / 10))));
        Assert.True(bytes.Length > UploadServer.MaxUploadBytes);

        using var response = await server.UploadAsync(bytes);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("file", problem.GetProperty("parameter").GetString());
        Assert.Equal(UploadServer.MaxUploadBytes, problem.GetProperty("maxBytes").GetInt64());
        Assert.Equal(stored, server.StoredFiles());
    }

    [Fact]
    public async Task A_file_just_under_the_limit_streamed_without_a_length_is_taken()
    {
        var text = "KẾ HOẠCH\nThực hiện chuyển đổi số trong cơ quan Đảng\n";
        var bytes = Encoding.UTF8.GetBytes(text + new string('x', (int)UploadServer.MaxUploadBytes - Encoding.UTF8.GetByteCount(text)));
        using var form = new MultipartFormDataContent { { new StreamContent(new MemoryStream(bytes)), "file", "a.txt" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        request.Headers.Add("X-Upload-Key", UploadServer.Key);
        request.Headers.TransferEncodingChunked = true;

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_is_a_415_problem_naming_the_content_type()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent("KẾ HOẠCH", Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-Upload-Key", UploadServer.Key);

        using var response = await server.Client.SendAsync(request);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("Content-Type", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_form_without_a_file_or_with_two_is_a_400_problem()
    {
        foreach (var files in new[] { 0, 2 })
        {
            using var form = new MultipartFormDataContent { { new StringContent("x"), "note" } };
            for (var i = 0; i < files; i++)
                form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes($"KẾ HOẠCH {i}\nnội dung {i}")), "file", $"{i}.txt");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
            request.Headers.Add("X-Upload-Key", UploadServer.Key);

            using var response = await server.Client.SendAsync(request);

            var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.Equal("file", problem.GetProperty("parameter").GetString());
        }

        Assert.DoesNotContain(server.StoredFiles(), f => f.EndsWith(".part", StringComparison.Ordinal));
    }

    [BenchFact("formats")]
    public async Task Deleting_an_upload_removes_it_from_search_and_from_disk()
    {
        using var upload = await server.UploadAsync(Bench("doc_000006.pdf"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var id = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var before = await DocumentCountAsync();

        using (var unauthorized = await server.DeleteAsync(id, key: null))
            await Problems.AssertProblemAsync(unauthorized, HttpStatusCode.Unauthorized);
        using var deleted = await server.DeleteAsync(id);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using (var gone = await server.Client.GetAsync($"/api/documents/{id}"))
            await Problems.AssertProblemAsync(gone, HttpStatusCode.NotFound);
        Assert.Equal(before - 1, await DocumentCountAsync());
        Assert.DoesNotContain(server.StoredFiles(), f => f.StartsWith(id, StringComparison.Ordinal));
        using (var again = await server.DeleteAsync(id))
            await Problems.AssertProblemAsync(again, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_corpus_document_cannot_be_deleted()
    {
        var before = await DocumentCountAsync();

        using var response = await server.DeleteAsync("002_f40361709d858c1f");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("002_f40361709d858c1f", problem.GetProperty("id").GetString());
        Assert.Equal(before, await DocumentCountAsync());
    }

    [Fact]
    public async Task A_pdf_of_six_million_text_operators_is_refused_at_once_and_leaves_the_server_memory_as_it_was()
    {
        var content = new StringBuilder("BT /F1 1 Tf 72 700 Td ");
        for (var i = 0; i < 6_000_000; i++)
            content.Append("(A) Tj ");
        var pdf = RawPdf.OnePage(Encoding.ASCII.GetBytes(content.Append("ET").ToString()), compress: true);
        content.Clear();
        content.Capacity = 0;
        var before = await DocumentCountAsync();
        var memoryBefore = Settled();

        using var response = await server.UploadAsync(pdf);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("lệnh vẽ chữ (Tj/TJ)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(Settled() - memoryBefore < 100L * 1024 * 1024, "the managed heap kept more than 100 MB");
        Assert.Equal(before, await DocumentCountAsync());
    }

    private static long Settled()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private Task<int> DocumentCountAsync() => server.DocumentCountAsync();
}
