using DirectiveSearch.Core.Text;
using DirectiveSearch.Core.Text.ToneMarks;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Analysis;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Search.Querying;
using Lucene.Net.Analysis.TokenAttributes;

namespace DirectiveSearch.Server.Tests;

/// <summary>
/// Keyword search as a cadre uses it, on a real archive: the seed plans plus the bench's state documents
/// (../shared/bench/vbpl, text files), indexed once for the class.
/// </summary>
public sealed class KeywordSearchOnArchiveTests(ArchiveIndex archive) : IClassFixture<ArchiveIndex>
{
    public static TheoryData<string> ShortQueries => new()
    {
        "tu soi tu sua", "tuyen dung cong chuc", "chỉnh đốn Đảng", "chuyen doi so", "sửa đổi bổ sung", "thu nhập cá nhân", "quoc hoi",
    };

    [BenchTheory]
    [MemberData(nameof(ShortQueries))]
    public void Every_hit_of_a_short_keyword_query_holds_every_word_as_typed_by_relevance_and_by_date(string query)
    {
        foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Date })
        {
            var response = archive.Index.Search(new SearchRequest(query, Limit: 20, Sort: sort));
            Assert.NotEmpty(response.Hits);
            Assert.False(response.Approximate);
            foreach (var hit in response.Hits)
            {
                var words = Words(archive.Index.Find(hit.Id)!.Text);
                foreach (var syllable in Syllables(query))
                    Assert.True(words.Contains(syllable), $"'{query}' ({sort}): {hit.Id} lacks '{syllable}'");
            }
        }
    }

    [BenchTheory]
    [InlineData("tu soi", "tu soi tu sua")]
    [InlineData("tuyen dung", "tuyen dung cong chuc")]
    [InlineData("ke hoach", "ke hoach thuc hien")]
    [InlineData("chuyển đổi", "chuyển đổi số")]
    public void Adding_a_word_never_adds_results(string shorter, string longer)
    {
        var fewer = archive.Index.Search(new SearchRequest(shorter));
        var more = archive.Index.Search(new SearchRequest(longer));
        Assert.True(more.Total <= fewer.Total, $"'{longer}' has {more.Total} results, '{shorter}' {fewer.Total}");
        Assert.True(more.Total > 0);
    }

    [BenchFact]
    public void Date_sort_orders_exactly_the_relevance_matches_newest_first_with_undated_last()
    {
        var relevance = archive.Index.Search(new SearchRequest("tu soi tu sua", Limit: 100));
        var byDate = archive.Index.Search(new SearchRequest("tu soi tu sua", Limit: 100, Sort: SearchSort.Date));
        Assert.Equal(relevance.Total, byDate.Total);
        Assert.Equal(relevance.Hits.Select(h => h.Id).Order(StringComparer.Ordinal), byDate.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        var dates = byDate.Hits.Select(h => h.Date ?? string.Empty).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [BenchFact]
    public void An_accented_query_returns_no_folded_only_match_when_exact_matches_exist_and_falls_back_when_none_do()
    {
        var exact = archive.Index.Search(new SearchRequest("sửa đổi", Limit: 50));
        Assert.False(exact.Approximate);
        Assert.Null(exact.Notice);
        foreach (var hit in exact.Hits)
        {
            var words = ExactWords(archive.Index.Find(hit.Id)!.Text);
            Assert.True(words.Contains("sửa") && words.Contains("đổi"), $"{hit.Id} holds 'sửa đổi' only folded");
        }

        // "sủa" (to bark) is in no state document; "sua doi" is in most.
        var fallback = archive.Index.Search(new SearchRequest("sủa đổi"));
        Assert.True(fallback.Approximate);
        Assert.Equal("Không có kết quả đúng dấu; đang hiện kết quả không dấu", fallback.Notice);
        Assert.Equal(archive.Index.Search(new SearchRequest("sua doi")).Total, fallback.Total);
    }

    [BenchFact]
    public void Issuer_values_are_unique_after_case_and_tone_folding_and_any_spelling_filters_the_same()
    {
        var response = archive.Index.Search(new SearchRequest("quy dinh", FacetLimit: SearchRequest.MaxFacetLimit));
        var keys = response.Facets.Issuer.Keys.Select(k => ToneMarkNormalizer.Normalize(k).ToLowerInvariant()).ToList();
        Assert.True(keys.Count > 3);
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());

        var label = response.Facets.Issuer.Keys.First();
        var byLabel = archive.Index.Search(new SearchRequest("quy dinh", Issuer: label));
        var byCapitals = archive.Index.Search(new SearchRequest("quy dinh", Issuer: label.ToUpperInvariant()));
        Assert.Equal(response.Facets.Issuer[label], byLabel.Total);
        Assert.Equal(byLabel.Total, byCapitals.Total);
    }

    [BenchFact]
    public void The_year_facet_is_newest_first()
    {
        var years = archive.Index.Search(new SearchRequest("quy dinh")).Facets.Year.Keys.ToList();
        Assert.True(years.Count > 3);
        Assert.Equal(years.OrderByDescending(y => y, StringComparer.Ordinal), years);
    }

    [BenchFact]
    public void A_misspelt_query_without_results_gets_the_archive_spelling()
    {
        var response = archive.Index.Search(new SearchRequest("chuyen doi soo"));
        Assert.Equal(0, response.Total);
        Assert.Equal("chuyển đổi số", response.Suggestion);
    }

    private static IEnumerable<string> Syllables(string query) =>
        query.Split(' ').Select(s => ToneMarkNormalizer.Normalize(s).ToLowerInvariant());

    /// <summary>The text's syllables as typed queries match them: each exact syllable and its folded form.</summary>
    private static HashSet<string> Words(string text)
    {
        var words = ExactWords(text);
        foreach (var word in words.ToList())
            words.Add(DiacriticFolding.Fold(word));
        return words;
    }

    private static HashSet<string> ExactWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var stream = VietnameseAnalyzers.Exact.GetTokenStream(VietnameseAnalyzers.ExactField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            words.Add(term.ToString());
        stream.End();
        return words;
    }
}

/// <summary>The seed plans and the bench's text documents in one index, built once; absent bench, nothing is built.</summary>
public sealed class ArchiveIndex : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dirsearch-archive-");
    private readonly Lazy<DocumentIndex> index;

    public ArchiveIndex()
    {
        index = new Lazy<DocumentIndex>(() =>
        {
            var directory = Path.Combine(folder.FullName, "index");
            // vbpl/ holds the variety that matters here (issuer spellings, years, decrees amending decrees); laws/ would double the build time.
            string[] paths = [RepositoryFiles.Corpus, Path.Combine(RepositoryFiles.Bench, "vbpl")];
            new IndexBuilder(ReaderCatalog.Default(), new IngestOptions(2, OcrEnabled: false)).Build(directory, paths);
            return DocumentIndex.Open(directory);
        });
    }

    public DocumentIndex Index => index.Value;

    public void Dispose()
    {
        if (index.IsValueCreated)
            index.Value.Dispose();
        folder.Delete(recursive: true);
    }
}

