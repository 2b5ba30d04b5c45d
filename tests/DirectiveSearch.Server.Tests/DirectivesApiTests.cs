using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using DirectiveSearch.Core.Graph;

namespace DirectiveSearch.Server.Tests;

/// <summary>The knowledge base and the citation graph over HTTP, on the index built from the bundled corpus.</summary>
[Collection(ServerCollection.Name)]
public sealed class DirectivesApiTests(RunningServer server)
{
    private const string KetLuan21 = "kl-21-tw-2021";

    [Theory]
    [InlineData("KL 21")]
    [InlineData("kl21")]
    [InlineData("kết luận 21")]
    [InlineData("Kết luận số 21")]
    [InlineData("21-KL/TW")]
    [InlineData("kl-21-tw-2021")]
    [InlineData("KL-21-TW-2021")]
    public async Task Every_form_a_cadre_types_resolves_to_one_id(string reference)
    {
        var resolution = await GetJsonAsync($"/api/directives/resolve?ref={Uri.EscapeDataString(reference)}");

        Assert.Equal(KetLuan21, resolution.GetProperty("id").GetString());
        Assert.Equal(0, resolution.GetProperty("candidates").GetArrayLength());
        Assert.Equal("21-KL/TW", resolution.GetProperty("directive").GetProperty("symbol").GetString());
        Assert.Equal(reference, resolution.GetProperty("ref").GetString());
    }

    [Fact]
    public async Task A_symbol_of_two_plans_stays_ambiguous_with_both_candidates()
    {
        var resolution = await GetJsonAsync("/api/directives/resolve?ref=49-KH%2FTU");

        Assert.Equal(JsonValueKind.Null, resolution.GetProperty("id").ValueKind);
        Assert.Equal(["kh-49-tu-2021", "kh-49-tu-2022"], resolution.GetProperty("candidates").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["2021-10-11", "2022-01-27"], resolution.GetProperty("candidateDirectives").EnumerateArray().Select(c => c.GetProperty("date").GetString()));

        using var detail = await server.Client.GetAsync("/api/directives/49-KH%2FTU");
        var problem = await Problems.AssertProblemAsync(detail, HttpStatusCode.Conflict);
        Assert.Equal(2, problem.GetProperty("candidates").GetArrayLength());
    }

    [Fact]
    public async Task A_directive_has_the_contract_fields_and_who_cites_it()
    {
        var directive = await GetJsonAsync($"/api/directives/{KetLuan21}");

        foreach (var name in new[] { "id", "symbol", "type", "number", "issuer", "issuingBody", "date", "subject", "aliases", "documentId", "citedBy", "cites" })
            Assert.True(directive.TryGetProperty(name, out _), $"missing {name}");
        Assert.Equal("KL", directive.GetProperty("type").GetString());
        Assert.Equal("21", directive.GetProperty("number").GetString());
        Assert.Equal("TW", directive.GetProperty("issuer").GetString());
        Assert.Equal("2021-10-25", directive.GetProperty("date").GetString());
        Assert.StartsWith("về đẩy mạnh xây dựng, chỉnh đốn Đảng", directive.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, directive.GetProperty("documentId").ValueKind);

        var citedBy = directive.GetProperty("citedBy").EnumerateArray().ToList();
        Assert.All(citedBy, link => Assert.Equal(["id", "label", "relations", "count", "kind", "documentId"], link.EnumerateObject().Select(p => p.Name)));
        var plan004 = Assert.Single(citedBy, link => link.GetProperty("id").GetString() == "004_c789a2f662faff50");
        Assert.Equal("implements", plan004.GetProperty("relations")[0].GetString());
        // Seed 003 writes "Nghị quyết số 21-KL/TW, ngày 16/6/2022" for Nghị quyết 21-NQ/TW: that mention is not Kết luận 21.
        var nq21 = await GetJsonAsync("/api/directives/nq-21-tw-2022");
        Assert.Contains(nq21.GetProperty("citedBy").EnumerateArray(), link => link.GetProperty("relations")[0].GetString() == "implements");
    }

    [Fact]
    public async Task The_knowledge_base_is_searchable_and_paged()
    {
        var byReference = await GetJsonAsync("/api/directives?q=KL%2021");
        Assert.Contains(byReference.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetString() == KetLuan21);

        var folded = await GetJsonAsync("/api/directives?q=chinh%20don%20dang&type=KL");
        Assert.All(folded.GetProperty("items").EnumerateArray(), d => Assert.Equal("KL", d.GetProperty("type").GetString()));
        Assert.Contains(folded.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetString() == KetLuan21);

        var all = await GetJsonAsync("/api/directives?limit=500");
        var total = all.GetProperty("total").GetInt32();
        Assert.True(total >= 40, $"only {total} directives");
        var page = await GetJsonAsync("/api/directives?limit=5&offset=5");
        Assert.Equal(
            all.GetProperty("items").EnumerateArray().Skip(5).Take(5).Select(d => d.GetProperty("id").GetString()),
            page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        var duk = await GetJsonAsync("/api/directives?issuer=%C4%90UK&limit=500");
        Assert.All(duk.GetProperty("items").EnumerateArray(), d => Assert.Equal("ĐUK", d.GetProperty("issuer").GetString()));
    }

    [Fact]
    public async Task Implementations_follow_chains_of_plans_when_transitive()
    {
        var direct = (await GetJsonAsync($"/api/directives/{KetLuan21}/implementations")).EnumerateArray().ToList();
        var transitive = (await GetJsonAsync($"/api/directives/{KetLuan21}/implementations?transitive=true")).EnumerateArray().ToList();

        Assert.All(direct, i => Assert.Equal("implements", i.GetProperty("relation").GetString()));
        Assert.Contains(direct, i => i.GetProperty("id").GetString() == "004_c789a2f662faff50");
        Assert.Contains(direct, i => i.GetProperty("id").GetString() == "kh-49-tu-2022");
        var chain = Assert.Single(transitive, i => i.GetProperty("id").GetString() == "kh-52-duk-2022");
        Assert.Equal(["kh-52-duk-2022", "kh-49-tu-2022", KetLuan21], chain.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("implements-indirectly", chain.GetProperty("relation").GetString());
        Assert.True(chain.TryGetProperty("title", out _));
        Assert.DoesNotContain(direct, i => i.GetProperty("id").GetString() == "kh-52-duk-2022");
    }

    [Fact]
    public async Task Quotes_give_the_sentence_and_a_citation_to_paste_as_json_or_csv()
    {
        var quotes = (await GetJsonAsync("/api/directives/nq-35-tw-2018/quotes")).EnumerateArray().ToList();

        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Contains("35-NQ/TW", q.GetProperty("sentence").GetString(), StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.GetProperty("citation").GetString()!.EndsWith(", mục III.7", StringComparison.Ordinal));

        using var csv = await server.Client.GetAsync("/api/directives/NQ%2035/quotes?format=csv&lang=en");
        csv.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("document_id,section,relation,citation,sentence", lines[0]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task The_graph_around_a_directive_has_its_implementers_and_exports_to_dot_and_graphml()
    {
        var graph = await GetJsonAsync($"/api/graph?root={KetLuan21}&depth=1&direction=in");
        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();
        var edges = graph.GetProperty("edges").EnumerateArray().ToList();

        Assert.Contains(nodes, n => n.GetProperty("id").GetString() == KetLuan21 && n.GetProperty("kind").GetString() == "directive" && !n.GetProperty("inCorpus").GetBoolean());
        Assert.Contains(nodes, n => n.GetProperty("id").GetString() == "004_c789a2f662faff50" && n.GetProperty("kind").GetString() == "document");
        var edge = Assert.Single(edges, e => e.GetProperty("source").GetString() == "004_c789a2f662faff50" && e.GetProperty("target").GetString() == KetLuan21 && e.GetProperty("relation").GetString() == "implements");
        Assert.Equal(["004_c789a2f662faff50"], edge.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()));
        var ids = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(edges, e => Assert.True(ids.Contains(e.GetProperty("source").GetString()) && ids.Contains(e.GetProperty("target").GetString())));

        using var dot = await server.Client.GetAsync($"/api/graph?root=KL%2021&format=dot");
        dot.EnsureSuccessStatusCode();
        Assert.Equal("text/vnd.graphviz", dot.Content.Headers.ContentType?.MediaType);
        var dotText = await dot.Content.ReadAsStringAsync();
        Assert.StartsWith("digraph", dotText, StringComparison.Ordinal);
        Assert.Contains($"\"004_c789a2f662faff50\" -> \"{KetLuan21}\"", dotText, StringComparison.Ordinal);

        using var graphMl = await server.Client.GetAsync($"/api/graph?root={KetLuan21}&format=graphml&depth=2");
        graphMl.EnsureSuccessStatusCode();
        var xml = XDocument.Parse(await graphMl.Content.ReadAsStringAsync());
        XNamespace ns = GraphExport.GraphMlNamespace;
        Assert.NotEmpty(xml.Descendants(ns + "node"));
        Assert.NotEmpty(xml.Descendants(ns + "edge"));
    }

    [Fact]
    public async Task The_whole_graph_joins_a_corpus_document_and_the_citations_of_its_symbol()
    {
        var graph = await GetJsonAsync("/api/graph");
        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();

        // Seed 000 is Kế hoạch 28-KH/ĐUK: one node, in the corpus, under its identity.
        var plan28 = Assert.Single(nodes, n => n.GetProperty("id").GetString()!.StartsWith("kh-28-duk", StringComparison.Ordinal));
        Assert.True(plan28.GetProperty("inCorpus").GetBoolean());
        Assert.DoesNotContain(nodes, n => n.GetProperty("id").GetString() == "000_4cbdf169707affb0");
        Assert.Equal(server.Index.Graph.Nodes.Count, nodes.Count);
        Assert.Equal(server.Index.Graph.Edges.Count, graph.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task A_document_record_lists_its_resolved_citations()
    {
        var record = await GetJsonAsync("/api/documents/003_41e233eb54fad814");
        var citations = record.GetProperty("citations").EnumerateArray().ToList();

        var wrongCode = Assert.Single(citations, c => c.GetProperty("written").GetString() == "Nghị quyết số 21-KL/TW" && c.GetProperty("relation").GetString() == "implements" && c.GetProperty("start").GetInt32() < 400);
        Assert.Equal("nq-21-tw-2022", wrongCode.GetProperty("target").GetString());
        Assert.NotEqual(0, wrongCode.GetProperty("warnings").GetArrayLength());
        Assert.Contains(citations, c => c.GetProperty("relation").GetString() == "self");
        Assert.All(citations, c => Assert.Contains(c.GetProperty("written").GetString()!, c.GetProperty("sentence").GetString()!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dependants_list_who_depends_on_a_directive_by_relation()
    {
        var all = (await GetJsonAsync($"/api/directives/{KetLuan21}/dependants")).EnumerateArray().ToList();
        var implementing = (await GetJsonAsync($"/api/directives/{KetLuan21}/dependants?relation=implements")).EnumerateArray().ToList();
        var implementations = (await GetJsonAsync($"/api/directives/{KetLuan21}/implementations")).EnumerateArray().ToList();

        Assert.True(all.Count > implementing.Count, "citing documents are dependants too");
        Assert.Equal(implementations.Select(i => i.GetProperty("id").GetString()).Order(), implementing.Select(d => d.GetProperty("id").GetString()).Order());
        foreach (var name in new[] { "id", "label", "title", "date", "kind", "inCorpus", "relations", "evidence" })
            Assert.True(all[0].TryGetProperty(name, out _), $"missing {name}");

        using var ambiguous = await server.Client.GetAsync("/api/directives/49-KH%2FTU/dependants");
        Assert.Equal(2, (await Problems.AssertProblemAsync(ambiguous, HttpStatusCode.Conflict)).GetProperty("candidates").GetArrayLength());
    }

    [Fact]
    public async Task A_reference_not_in_the_archive_says_so_with_the_directives_of_its_number()
    {
        using var response = await server.Client.GetAsync("/api/directives/resolve?ref=21-CT%2FTW");
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        var unresolved = problem.GetProperty("unresolved");

        Assert.StartsWith("21-CT/TW chưa có trong kho; có thể bạn tìm ", unresolved.GetProperty("message").GetString(), StringComparison.Ordinal);
        var candidates = unresolved.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains(KetLuan21, candidates);

        using var page = await server.Client.GetAsync("/api/directives/21-CT%2FTW");
        Assert.NotEqual(0, (await Problems.AssertProblemAsync(page, HttpStatusCode.NotFound)).GetProperty("unresolved").GetProperty("candidates").GetArrayLength());
    }

    [Fact]
    public async Task Every_directive_has_a_status_and_status_filters_the_knowledge_base()
    {
        var directive = await GetJsonAsync($"/api/directives/{KetLuan21}");
        var status = directive.GetProperty("status");
        // No document of the bundled corpus amends, replaces or repeals a Party conclusion.
        Assert.Equal("in-force", status.GetProperty("state").GetString());
        Assert.StartsWith("còn hiệu lực", status.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, status.GetProperty("evidence").GetArrayLength());

        var inForce = await GetJsonAsync("/api/directives?status=in-force&limit=500");
        var all = await GetJsonAsync("/api/directives?limit=500");
        Assert.Equal(all.GetProperty("total").GetInt32(), inForce.GetProperty("total").GetInt32());
        Assert.Equal(0, (await GetJsonAsync("/api/directives?status=Repealed")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/directives/no-such-directive", HttpStatusCode.NotFound, null)]
    [InlineData("/api/directives/no-such-directive/implementations", HttpStatusCode.NotFound, null)]
    [InlineData("/api/directives/no-such-directive/quotes", HttpStatusCode.NotFound, null)]
    [InlineData("/api/directives/no-such-directive/dependants", HttpStatusCode.NotFound, null)]
    [InlineData("/api/directives/kl-21-tw-2021/dependants?relation=mentions", HttpStatusCode.BadRequest, "relation")]
    [InlineData("/api/directives/resolve?ref=tu%20soi", HttpStatusCode.NotFound, null)]
    [InlineData("/api/directives/resolve", HttpStatusCode.BadRequest, "ref")]
    [InlineData("/api/directives/resolve?ref=%20", HttpStatusCode.BadRequest, "ref")]
    [InlineData("/api/directives/kl-21-tw-2021/implementations?transitive=perhaps", HttpStatusCode.BadRequest, "transitive")]
    [InlineData("/api/directives/kl-21-tw-2021/quotes?format=xlsx", HttpStatusCode.BadRequest, "format")]
    [InlineData("/api/directives?limit=0", HttpStatusCode.BadRequest, "limit")]
    [InlineData("/api/directives?offset=-1", HttpStatusCode.BadRequest, "offset")]
    [InlineData("/api/directives?status=abolished", HttpStatusCode.BadRequest, "status")]
    [InlineData("/api/graph?root=no-such-node", HttpStatusCode.NotFound, null)]
    [InlineData("/api/graph?root=49-KH%2FTU", HttpStatusCode.Conflict, null)]
    [InlineData("/api/graph?root=kl-21-tw-2021&depth=11", HttpStatusCode.BadRequest, "depth")]
    [InlineData("/api/graph?root=kl-21-tw-2021&depth=-1", HttpStatusCode.BadRequest, "depth")]
    [InlineData("/api/graph?root=kl-21-tw-2021&direction=up", HttpStatusCode.BadRequest, "direction")]
    [InlineData("/api/graph?root=kl-21-tw-2021&format=png", HttpStatusCode.BadRequest, "format")]
    [InlineData("/api/graph?root=%20", HttpStatusCode.BadRequest, "root")]
    public async Task Bad_requests_are_problems_naming_what_is_wrong(string url, HttpStatusCode status, string? parameter)
    {
        using var response = await server.Client.GetAsync(url);

        var problem = await Problems.AssertProblemAsync(response, status);
        if (parameter is not null)
            Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await server.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
