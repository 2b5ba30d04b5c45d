using System.Net;
using System.Security.Cryptography;

namespace DirectiveSearch.Server.Tests;

/// <summary>The web page's files and addresses, its security headers, and downloads of original files.</summary>
[Collection(ServerCollection.Name)]
public sealed class WebPageServingTests(RunningServer server)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=tu+soi")]
    [InlineData("/documents/001_e0cf88b19ba32315")]
    [InlineData("/directives")]
    [InlineData("/directives/kl-21-tw-2021")]
    [InlineData("/graph?root=KL+21")]
    public async Task Every_page_address_serves_the_page_with_a_strict_content_policy(string url)
    {
        using var response = await server.Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("/js/app.js", html, StringComparison.Ordinal);
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(' ', response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(' ', response.Headers.GetValues("X-Frame-Options")));
        // No inline script: the policy would block it.
        Assert.DoesNotMatch("<script>(?!</script>)", html);
    }

    [Theory]
    [InlineData("/app.css", "text/css")]
    [InlineData("/js/app.js", "text/javascript")]
    [InlineData("/js/pages/graph.js", "text/javascript")]
    [InlineData("/lib/cytoscape.min.js", "text/javascript")]
    public async Task The_page_s_files_and_the_graph_library_installed_by_the_build_are_served(string url, string mediaType)
    {
        using var response = await server.Client.GetAsync(url);

        response.EnsureSuccessStatusCode();
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task An_original_file_downloads_with_its_name_type_and_bytes()
    {
        var record = server.Index.Find("004_c789a2f662faff50")!;
        var pdf = record.Sources.Select((s, i) => (Source: s, Index: i)).Single(s => s.Source.Format == "pdf");

        using var response = await server.Client.GetAsync($"/api/documents/004_c789a2f662faff50/sources/{pdf.Index}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Path.GetFileName(pdf.Source.Path), response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(pdf.Source.ContentHash, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Theory]
    [InlineData("/api/documents/004_c789a2f662faff50/sources/9")]
    [InlineData("/api/documents/004_c789a2f662faff50/sources/-1")]
    [InlineData("/api/documents/no-such-document/sources/0")]
    public async Task A_source_that_is_not_there_is_a_404_problem(string url)
    {
        using var response = await server.Client.GetAsync(url);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
