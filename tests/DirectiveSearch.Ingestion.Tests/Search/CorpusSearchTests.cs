using System.Text;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Search.Querying;

namespace DirectiveSearch.Ingestion.Tests.Search;

/// <summary>Searches a real on-disk index built from the bundled corpus, as cadres would.</summary>
public sealed class CorpusSearchTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    [Theory]
    [InlineData("tu soi tu sua", "001_e0cf88b19ba32315")]
    [InlineData("Tự soi, tự sửa", "001_e0cf88b19ba32315")]
    [InlineData("hoc tap va lam theo tu tuong dao duc phong cach Ho Chi Minh", "002_f40361709d858c1f")]
    [InlineData("21-NQ/TW", "003_41e233eb54fad814")]
    [InlineData("củng cố tổ chức cơ sở đảng", "003_41e233eb54fad814")]
    [InlineData("chinh don dang", "000_4cbdf169707affb0")]
    [InlineData("KL 21", "004_c789a2f662faff50")] // its title implements KL 21
    [InlineData("Kết luận 01", "002_f40361709d858c1f")]
    public void The_expected_plan_comes_first(string query, string expectedFirst)
    {
        var response = corpus.Index.Search(new SearchRequest(query));
        Assert.NotEmpty(response.Hits);
        Assert.Equal(expectedFirst, response.Hits[0].Id);
        Assert.Contains(response.Hits[0].Sections, s => s.Snippet.Contains("<mark>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Đảng uỷ", "Đảng ủy")]
    [InlineData("khoá XIII", "khóa XIII")]
    [InlineData("hoà", "hòa")]
    [InlineData("tự soi, tự sửa", "tự soi, tự sửa")]
    public void Tone_style_and_nfd_variants_give_identical_result_lists_and_scores(string one, string other)
    {
        var expected = Fingerprint(one);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Fingerprint(other));
        Assert.Equal(expected, Fingerprint(one.Normalize(NormalizationForm.FormD)));
        Assert.Equal(expected, Fingerprint(other.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Plans_implementing_kl_21_are_found_by_every_short_form()
    {
        var expected = Ids("21-KL/TW");
        Assert.Contains("004_c789a2f662faff50", expected);
        Assert.Contains("000_4cbdf169707affb0", expected);
        Assert.Equal(expected, Ids("KL 21"));
        Assert.Equal(expected, Ids("kl21"));
        Assert.Equal(expected, Ids("Kết luận 21"));
        // The id the directive page and the API show, pasted from a link.
        Assert.Equal(expected, Ids("kl-21-tw-2021"));
    }

    [Fact]
    public void References_and_the_cites_filter_match_by_identity_not_by_the_symbol_written()
    {
        // Seed 003 writes "Nghị quyết số 21-KL/TW, ngày 16/6/2022" meaning Nghị quyết 21-NQ/TW of 2022.
        var nq21 = corpus.Index.Search(new SearchRequest("Nghị quyết 21"));
        Assert.Equal(["003_41e233eb54fad814"], nq21.Hits.Select(h => h.Id));
        var card = Assert.Single(nq21.Directives);
        Assert.Equal("nq-21-tw-2022", card.Id);
        Assert.Equal("Nghị quyết 21", card.Written);

        Assert.Equal(["003_41e233eb54fad814"], corpus.Index.Search(new SearchRequest(string.Empty, Cites: "nq-21-tw-2022")).Hits.Select(h => h.Id));
        var kl21 = corpus.Index.Search(new SearchRequest(string.Empty, Cites: "KL 21", Limit: 50));
        Assert.Equal(kl21.Total, kl21.Facets.Cites["kl-21-tw-2021"]);
        Assert.Equal("kl-21-tw-2021", Assert.Single(kl21.Directives).Id);
    }

    [Fact]
    public void The_directory_stored_with_the_index_resolves_as_the_whole_knowledge_base_does()
    {
        var stored = corpus.Index.Directory;
        var built = corpus.Index.Graph.Knowledge;

        Assert.Equal(built.Directives.Select(d => (d.Id, d.Label, d.CitedByCount)), stored.Directives.Select(d => (d.Id, d.Label, d.CitedByCount)));
        foreach (var reference in new[] { "KL 21", "kết luận 21", "21-KL/TW", "49-KH/TU", "nq-35-tw-2018", "000_4cbdf169707affb0", "Quy định 999" })
            Assert.Equal(built.Resolve(reference), stored.Resolve(reference), ResolveOutcomeComparer.Instance);
    }

    private sealed class ResolveOutcomeComparer : IEqualityComparer<Core.Graph.ResolveOutcome>
    {
        public static ResolveOutcomeComparer Instance { get; } = new();

        public bool Equals(Core.Graph.ResolveOutcome? x, Core.Graph.ResolveOutcome? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Candidates.SequenceEqual(y.Candidates);

        public int GetHashCode(Core.Graph.ResolveOutcome obj) => obj.Id?.GetHashCode(StringComparison.Ordinal) ?? 0;
    }

    [Fact]
    public void An_ambiguous_reference_matches_the_documents_citing_any_candidate_and_says_so()
    {
        var response = corpus.Index.Search(new SearchRequest(string.Empty, Cites: "49-KH/TU", Limit: 50));

        var card = Assert.Single(response.Directives);
        Assert.Null(card.Id);
        Assert.Equal(["kh-49-tu-2021", "kh-49-tu-2022"], card.Candidates);
        Assert.NotEmpty(response.Hits);
        Assert.All(response.Hits, hit =>
        {
            var cited = corpus.Index.CitationsOf(hit.Id)!.Citations.Select(c => c.Target);
            Assert.True(cited.Contains("kh-49-tu-2021") || cited.Contains("kh-49-tu-2022"), hit.Id);
        });
    }

    [Fact]
    public void Facets_cover_all_matches()
    {
        var response = corpus.Index.Search(new SearchRequest("ke hoach", Limit: 1));
        Assert.Equal(5, response.Total);
        Assert.Single(response.Hits);
        Assert.Equal(5, response.Facets.Type["KH"]);
        Assert.True(response.Facets.Cites["kl-21-tw-2021"] >= 3);
    }

    private List<string> Fingerprint(string query) =>
        corpus.Index.Search(new SearchRequest(query, Limit: 50)).Hits.Select(h => $"{h.Id}:{h.Score:R}").ToList();

    private List<string> Ids(string query) =>
        corpus.Index.Search(new SearchRequest(query, Limit: 50)).Hits.Select(h => h.Id).Order(StringComparer.Ordinal).ToList();
}

/// <summary>The corpus ingested once into a temporary on-disk index (OCR off: the scan is a duplicate of 001).</summary>
public sealed class CorpusIndexFixture : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-corpus-index-");

    public CorpusIndexFixture()
    {
        new IndexBuilder(ReaderCatalog.Default(), new IngestOptions(Workers: 2, OcrEnabled: false)).Build(folder.FullName, [RepositoryFiles.Corpus]);
        Index = DocumentIndex.Open(folder.FullName);
    }

    public DocumentIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        folder.Delete(recursive: true);
    }
}
