using System.Text.Json;
using System.Text.Json.Nodes;
using DirectiveSearch.Cli.Commands;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Search.Querying;
using DirectiveSearch.Server.Contracts;

namespace DirectiveSearch.Cli.Tests;

/// <summary>dirsearch search, run in process over an index built once from the bundled corpus.</summary>
public sealed class SearchCommandTests(SearchCommandTests.CorpusIndex corpus) : IClassFixture<SearchCommandTests.CorpusIndex>
{
    [Fact]
    public void Json_output_is_the_api_contract_and_finds_the_self_criticism_plan_first()
    {
        var run = Search("tu", "soi", "tu", "sua", "--json", "--limit", "3");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var search = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(["total", "hits", "facets", "tookMs", "directives", "citesLabels", "cached", "group", "approximate", "notice", "question", "suggestion"], Names(search));
        var first = search.GetProperty("hits")[0];
        Assert.Equal("001_e0cf88b19ba32315", first.GetProperty("id").GetString());
        Assert.Equal(["id", "title", "symbol", "type", "typeName", "issuer", "date", "score", "sections"], Names(first));
        Assert.Equal(["path", "heading", "snippet", "start", "end", "snippetText", "highlights"], Names(first.GetProperty("sections")[0]));
        Assert.Equal(["type", "issuer", "year", "cites", "sizes"], Names(search.GetProperty("facets")));
        Assert.Contains("<mark>", run.Output, StringComparison.Ordinal);
        Assert.Contains("Tự", run.Output, StringComparison.Ordinal); // not \u-escaped

        // Exactly what GET /api/search serializes, but for the time taken.
        var expected = ApiJson.Serialize(corpus.Index.Search(new SearchRequest("tu soi tu sua", Limit: 3)));
        Assert.Equal(WithoutTiming(expected), WithoutTiming(run.Output));
    }

    [Fact]
    public void The_listing_shows_rank_symbol_title_type_score_and_sections_with_bracketed_matches()
    {
        var run = Search("tự soi, tự sửa", "--limit", "2");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("1. ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Mã: 001_e0cf88b19ba32315", run.Output, StringComparison.Ordinal);
        Assert.Contains("Loại: Kế hoạch (KH)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Điểm: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("2. 28-KH/ĐUK — ", run.Output, StringComparison.Ordinal);
        Assert.Contains("«Tự» «soi»", run.Output, StringComparison.Ordinal);
        Assert.Contains("[Mục II.4.2]", run.Output, StringComparison.Ordinal);
        Assert.Contains("Tổng số: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Loại văn bản: KH (", run.Output, StringComparison.Ordinal);
        // Only the plans holding every word count now, and the cited directives are theirs.
        Assert.Contains("Văn bản được trích dẫn: ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal); // no colors when not a terminal
        Assert.DoesNotContain("&quot;", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_list_documents_without_a_query_and_page_like_the_api()
    {
        var all = Hits(Search("--type", "KH", "--limit", "100", "--json"));
        var second = Hits(Search("--type", "KH", "--limit", "2", "--offset", "2", "--json"));
        var citing = Hits(Search("ke", "hoach", "--cites", "KL 21", "--sort", "date", "--json"));

        Assert.Equal(5, all.Count);
        Assert.Equal(all.Skip(2).Take(2), second);
        Assert.Contains("004_c789a2f662faff50", citing);
        Assert.Contains("Tổng số: 0 văn bản", Search("--type", "NQ").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_section_lists_sections_as_hits_with_their_paths()
    {
        var run = Search("tu", "soi", "tu", "sua", "--group", "section", "--json", "--limit", "5");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var search = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("section", search.GetProperty("group").GetString());
        Assert.All(search.GetProperty("hits").EnumerateArray(), hit =>
        {
            Assert.True(hit.TryGetProperty("path", out _));
            Assert.Single(hit.GetProperty("sections").EnumerateArray());
        });
        var listing = Search("tu", "soi", "tu", "sua", "--group", "section", "--limit", "2");
        Assert.Contains("điều, mục", listing.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_index_the_command_says_so_and_exits_not_found()
    {
        var missing = Path.Combine(Path.GetTempPath(), "dirsearch-no-index-" + Guid.NewGuid().ToString("N"));

        var run = Search("tu soi", "--index", missing);

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("no index", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("--limit", "0")]
    [InlineData("--limit", "abc")]
    [InlineData("--limit", "101")]
    [InlineData("--offset", "-1")]
    [InlineData("--year", "abc")]
    [InlineData("--year", "1800")]
    [InlineData("--sort", "foo")]
    [InlineData("--group", "article")]
    [InlineData("--bogus", "1")]
    public void Bad_option_values_are_usage_errors_naming_the_option(string option, string value)
    {
        var error = Assert.Throws<UsageException>(() => Search("tu soi", option, value));

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_needs_a_query_or_a_filter()
    {
        var error = Assert.Throws<UsageException>(() => Search("--json"));

        Assert.Contains("QUERY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lucene_syntax_and_stray_quotes_are_just_text()
    {
        foreach (var query in new[] { "+-&&||!(){}[]^\"~*?:\\/", "\"tu soi", "tu\" soi\"", "\0", "AND OR NOT" })
        {
            var run = Search(query, "--json");
            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.True(JsonDocument.Parse(run.Output).RootElement.TryGetProperty("hits", out _));
        }
    }

    // dirsearch serve shares the option conventions; its failures to start are checked here too.
    [Fact]
    public void Serve_without_an_index_or_a_corpus_to_build_it_from_exits_not_found()
    {
        var nowhere = Path.Combine(Path.GetTempPath(), "dirsearch-no-index-" + Guid.NewGuid().ToString("N"));
        var output = new StringWriter();
        var error = new StringWriter();

        var code = ServeCommand.Run(["--index", Path.Combine(nowhere, "index"), "--corpus", Path.Combine(nowhere, "corpus"), "--urls", "http://127.0.0.1:0"], output, error);

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Contains("no corpus folder", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--urls", "localhost:5080")]
    [InlineData("--port", "5080")]
    [InlineData("extra", "words")]
    public void Serve_rejects_bad_arguments_as_usage_errors(string first, string second)
    {
        Assert.Throws<UsageException>(() => ServeCommand.Run([first, second, "--index", corpus.Directory], TextWriter.Null, TextWriter.Null));
    }

    private CliRun Search(params string[] args)
    {
        var withIndex = args.Contains("--index") ? args : [.. args, "--index", corpus.Directory];
        var output = new StringWriter();
        var error = new StringWriter();
        var code = SearchCommand.Run(withIndex, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private static List<string> Hits(CliRun run)
    {
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        return JsonDocument.Parse(run.Output).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
    }

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();

    private static string WithoutTiming(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("tookMs");
        return node.ToJsonString();
    }

    /// <summary>The corpus ingested once into a temporary index (OCR off: the scan duplicates 001).</summary>
    public sealed class CorpusIndex : IDisposable
    {
        private readonly DirectoryInfo folder = System.IO.Directory.CreateTempSubdirectory("dirsearch-cli-search-");

        public CorpusIndex()
        {
            new IndexBuilder(ReaderCatalog.Default(), new IngestOptions(Workers: 2, OcrEnabled: false)).Build(Directory, [RepositoryFiles.Corpus]);
            Index = DocumentIndex.Open(Directory);
        }

        public string Directory => Path.Combine(folder.FullName, "index");

        public DocumentIndex Index { get; }

        public void Dispose()
        {
            Index.Dispose();
            folder.Delete(recursive: true);
        }
    }
}
