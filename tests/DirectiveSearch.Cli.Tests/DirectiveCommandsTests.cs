using System.Text.Json;
using System.Xml.Linq;
using DirectiveSearch.Core.Graph;
using DirectiveSearch.Server.Contracts;

namespace DirectiveSearch.Cli.Tests;

/// <summary>dirsearch directive, directives, implementations, graph and quotes over an index of the bundled corpus.</summary>
public sealed class DirectiveCommandsTests(SearchCommandTests.CorpusIndex corpus) : IClassFixture<SearchCommandTests.CorpusIndex>
{
    [Theory]
    [InlineData("KL 21")]
    [InlineData("kết luận 21")]
    [InlineData("21-KL/TW")]
    [InlineData("kl21")]
    public void Directive_json_is_the_resolve_endpoint_contract(string reference)
    {
        var run = Run("directive", reference, "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(ApiJson.Serialize(DirectiveResolution.Of(reference, corpus.Index.Graph)), run.Output.TrimEnd());
        Assert.Equal("kl-21-tw-2021", JsonDocument.Parse(run.Output).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Directive_listing_shows_the_entry_in_vietnamese_and_who_implements_it()
    {
        var run = Run("directive", "nq-35-tw-2018");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Mã (id): nq-35-tw-2018", run.Output, StringComparison.Ordinal);
        Assert.Contains("Số ký hiệu: 35-NQ/TW", run.Output, StringComparison.Ordinal);
        Assert.Contains("Cơ quan ban hành: Bộ Chính trị", run.Output, StringComparison.Ordinal);
        Assert.Contains("Ngày: 22/10/2018", run.Output, StringComparison.Ordinal);
        Assert.Contains("Tình trạng: còn hiệu lực (không văn bản nào trong kho sửa đổi, thay thế hay bãi bỏ)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Được trích dẫn bởi 2 văn bản:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ambiguous_reference_lists_the_candidates_and_an_unknown_one_is_not_found()
    {
        // Every command taking a REF exits 5 when several directives fit; directive lists them on stdout, dated.
        var ambiguous = Run("directive", "49-KH/TU");
        Assert.Equal(ExitCodes.Ambiguous, ambiguous.ExitCode);
        Assert.Contains("ngày 27/01/2022", ambiguous.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ambiguous, Run("directive", "49-KH/TU", "--json").ExitCode);
        Assert.Equal(ExitCodes.Ambiguous, Run("graph", "49-KH/TU").ExitCode);
        Assert.Equal(ExitCodes.Ambiguous, Run("quotes", "49-KH/TU").ExitCode);

        // No Chỉ thị 21 is in the archive: said so, with the directives numbered 21 it holds or cites.
        var near = Run("directive", "21-CT/TW");
        Assert.Equal(ExitCodes.NotFound, near.ExitCode);
        Assert.Contains("'21-CT/TW': chưa có trong kho; có thể bạn tìm ", near.Error, StringComparison.Ordinal);
        Assert.Contains("21-KL/TW", near.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, Run("quotes", "21-CT/TW").ExitCode);
        Assert.Contains("kh-49-tu-2021", ambiguous.Output, StringComparison.Ordinal);
        Assert.Contains("kh-49-tu-2022", ambiguous.Output, StringComparison.Ordinal);

        var implementations = Run("implementations", "49-KH/TU");
        Assert.Equal(ExitCodes.Ambiguous, implementations.ExitCode);
        Assert.Contains("kh-49-tu-2022", implementations.Error, StringComparison.Ordinal);

        var unknown = Run("directive", "Quy định 999");
        Assert.Equal(ExitCodes.NotFound, unknown.ExitCode);
        Assert.Contains("không tìm thấy", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Implementations_json_is_the_api_list_and_transitive_adds_the_chains()
    {
        var direct = JsonDocument.Parse(Run("implementations", "KL 21", "--json").Output).RootElement;
        var transitive = Run("implementations", "KL 21", "--transitive", "--json");

        Assert.Equal(ApiJson.Serialize(corpus.Index.Graph.Implementations("kl-21-tw-2021", transitive: true)), transitive.Output.TrimEnd());
        var chain = JsonDocument.Parse(transitive.Output).RootElement.EnumerateArray().Single(i => i.GetProperty("id").GetString() == "kh-52-duk-2022");
        Assert.Equal(["kh-52-duk-2022", "kh-49-tu-2022", "kl-21-tw-2021"], chain.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.DoesNotContain(direct.EnumerateArray(), i => i.GetProperty("id").GetString() == "kh-52-duk-2022");

        var listing = Run("implementations", "KL 21", "--transitive");
        Assert.Contains("chuỗi: kh-52-duk-2022 → kh-49-tu-2022 → kl-21-tw-2021", listing.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dependants_lists_every_relation_or_the_one_asked_for_as_the_api_does()
    {
        var all = Run("dependants", "KL 21", "--json");
        var implementing = Run("dependants", "KL 21", "--relation", "implements", "--json");
        var listing = Run("dependants", "KL 21", "--relation", "implements");

        Assert.Equal(ExitCodes.Success, all.ExitCode);
        Assert.Equal(ApiJson.Serialize(corpus.Index.Graph.Dependants("kl-21-tw-2021")), all.Output.TrimEnd());
        var implementers = JsonDocument.Parse(implementing.Output).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(implementers);
        Assert.All(implementers, d => Assert.Equal(["implements"], d.GetProperty("relations").EnumerateArray().Select(r => r.GetString())));
        // Implementations (direct) and dependants by implements are the same plans.
        Assert.Equal(
            corpus.Index.Graph.Implementations("kl-21-tw-2021", transitive: false).Select(i => i.Id).Order(StringComparer.Ordinal),
            implementers.Select(d => d.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.True(JsonDocument.Parse(all.Output).RootElement.GetArrayLength() > implementers.Count, "citing documents are dependants too");
        Assert.Contains($"Văn bản dựa trên 21-KL/TW (kl-21-tw-2021) (thực hiện): {implementers.Count}", listing.Output, StringComparison.Ordinal);

        var ambiguous = Run("dependants", "49-KH/TU");
        Assert.Equal(ExitCodes.Ambiguous, ambiguous.ExitCode);
        Assert.Contains("kh-49-tu-2021", ambiguous.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, Run("dependants", "Quy định 999").ExitCode);
    }

    [Fact]
    public void Graph_prints_json_dot_and_graphml_of_the_same_subgraph()
    {
        var json = JsonDocument.Parse(Run("graph", "kl-21-tw-2021", "--depth", "1", "--direction", "in").Output).RootElement;
        var dot = Run("graph", "kl-21-tw-2021", "--depth", "1", "--direction", "in", "--format", "dot").Output;
        var graphMl = XDocument.Parse(Run("graph", "kl-21-tw-2021", "--depth", "1", "--direction", "in", "--format", "graphml").Output);

        var nodes = json.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.Contains("004_c789a2f662faff50", nodes);
        Assert.StartsWith("digraph", dot, StringComparison.Ordinal);
        Assert.All(nodes, id => Assert.Contains(GraphExport.DotString(id), dot, StringComparison.Ordinal));
        XNamespace ns = GraphExport.GraphMlNamespace;
        Assert.Equal(nodes, graphMl.Descendants(ns + "node").Select(n => (string)n.Attribute("id")!));
        Assert.Equal(json.GetProperty("edges").GetArrayLength(), graphMl.Descendants(ns + "edge").Count());

        var whole = JsonDocument.Parse(Run("graph").Output).RootElement;
        Assert.Equal(corpus.Index.Graph.Edges.Count, whole.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public void Quotes_give_each_citing_sentence_with_a_citation_as_text_json_or_csv()
    {
        var text = Run("quotes", "NQ 35");
        var json = JsonDocument.Parse(Run("quotes", "NQ 35", "--format", "json").Output).RootElement;
        var csv = Run("quotes", "35-NQ/TW", "--format", "csv").Output;
        var englishCsv = Run("quotes", "35-NQ/TW", "--format", "csv", "--lang", "en").Output;

        Assert.Equal(ExitCodes.Success, text.ExitCode);
        Assert.Contains("Các câu trích dẫn 35-NQ/TW (nq-35-tw-2018): 3", text.Output, StringComparison.Ordinal);
        Assert.Contains(", mục III.7 · trích dẫn", text.Output, StringComparison.Ordinal);
        Assert.Equal(3, json.GetArrayLength());
        Assert.All(json.EnumerateArray(), q => Assert.Contains("35-NQ/TW", q.GetProperty("sentence").GetString(), StringComparison.Ordinal));
        // People open the CSV in Excel: a BOM so it reads UTF-8, Vietnamese column names unless asked for English.
        Assert.StartsWith("\uFEFFMã văn bản,Mục,Quan hệ,Văn bản trích dẫn,Câu trích dẫn\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(4, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("\uFEFFdocument_id,section,relation,citation,sentence\r\n", englishCsv, StringComparison.Ordinal);
    }

    [Fact]
    public void Directives_lists_the_knowledge_base_most_cited_first()
    {
        var page = JsonDocument.Parse(Run("directives", "--type", "KL", "--limit", "50", "--json").Output).RootElement;
        var items = page.GetProperty("items").EnumerateArray().ToList();

        Assert.All(items, d => Assert.Equal("KL", d.GetProperty("type").GetString()));
        Assert.Contains(items, d => d.GetProperty("id").GetString() == "kl-21-tw-2021");
        var counts = items.Select(d => d.GetProperty("citedByCount").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Contains("Tổng số: ", Run("directives", "chinh don dang").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graph", "kl-21-tw-2021", "--depth", "99")]
    [InlineData("graph", "kl-21-tw-2021", "--direction", "up")]
    [InlineData("graph", "kl-21-tw-2021", "--format", "png")]
    [InlineData("quotes", "KL 21", "--format", "xlsx")]
    [InlineData("implementations")]
    [InlineData("dependants")]
    [InlineData("dependants", "KL 21", "--relation", "mentions")]
    [InlineData("directive")]
    [InlineData("directives", "--status", "abolished")]
    public void Bad_arguments_are_usage_errors_naming_the_option(params string[] args)
    {
        var run = Run(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("dirsearch: ", run.Error, StringComparison.Ordinal);
    }

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--index", corpus.Directory]);
}
