using System.Text;
using DirectiveSearch.Search.Querying;

namespace DirectiveSearch.Search.Tests.Index;

public sealed class RankingTests
{
    [Fact]
    public void A_query_with_diacritics_matches_the_syllable_as_typed_and_not_its_folded_look_alikes()
    {
        using var index = new TempIndex(
            TestRecords.Plan("ban", "Kế hoạch công tác", "Thành lập ban chỉ đạo của tỉnh."),
            TestRecords.Plan("bán", "Kế hoạch công tác", "Thành lập bán chỉ đạo của tỉnh."),
            TestRecords.Plan("bàn", "Kế hoạch công tác", "Thành lập bàn chỉ đạo của tỉnh."));

        var response = index.Index.Search(new SearchRequest("bàn"));

        Assert.Equal(["bàn"], response.Hits.Select(h => h.Id));
        Assert.Equal(1, response.Total);
        Assert.False(response.Approximate);
    }

    [Fact]
    public void Mixed_queries_match_syllable_by_syllable()
    {
        using var index = new TempIndex(
            TestRecords.Plan("a", "Kế hoạch công tác", "Thành lập bàn chỉ đạo của tỉnh."),
            TestRecords.Plan("b", "Kế hoạch công tác", "Thành lập bàn chí đạo của tỉnh."),
            TestRecords.Plan("c", "Kế hoạch công tác", "Thành lập bán chỉ đạo của tỉnh."));

        var hits = index.Index.Search(new SearchRequest("bàn chi")).Hits;

        Assert.Equal(["a", "b"], hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_accented_query_without_exact_match_falls_back_to_folded_matching_and_says_so()
    {
        using var index = new TempIndex(
            TestRecords.Plan("a", "Kế hoạch công tác", "Thành lập ban chỉ đạo của tỉnh."),
            TestRecords.Plan("b", "Kế hoạch tuyên truyền", "Đảng viên và nhân dân."));

        var response = index.Index.Search(new SearchRequest("bàn chị đạo"));

        Assert.True(response.Approximate);
        Assert.Equal(SearchResponse.ApproximateNotice, response.Notice);
        Assert.Equal(["a"], response.Hits.Select(h => h.Id));
    }

    [Fact]
    public void A_query_without_diacritics_searches_folded_forms_evenly()
    {
        using var index = new TempIndex(
            TestRecords.Plan("ban", "Kế hoạch công tác", "Thành lập ban chỉ đạo của tỉnh."),
            TestRecords.Plan("bán", "Kế hoạch công tác", "Thành lập bán chỉ đạo của tỉnh."),
            TestRecords.Plan("bàn", "Kế hoạch công tác", "Thành lập bàn chỉ đạo của tỉnh."));

        var hits = index.Index.Search(new SearchRequest("ban")).Hits;

        Assert.Equal(3, hits.Count);
        Assert.Single(hits.Select(h => h.Score).Distinct());
    }

    [Theory]
    [InlineData("Đảng uỷ", "Đảng ủy")]
    [InlineData("khoá XIII", "khóa XIII")]
    [InlineData("hoà nhập", "hòa nhập")]
    [InlineData("việt nam", "vịêt nam")]
    public void Tone_placement_variants_and_nfd_give_identical_results_and_scores(string one, string other)
    {
        using var index = new TempIndex(
            TestRecords.Plan("a", "Kế hoạch của Đảng ủy khóa XIII", "Hòa nhập cộng đồng Việt Nam."),
            TestRecords.Plan("b", "Kế hoạch của Đảng uỷ khoá XIII", "Hoà nhập với Việt Nam và thế giới."),
            TestRecords.Plan("c", "Kế hoạch tuyên truyền", "Đảng viên và nhân dân Việt Nam."));

        var expected = Fingerprint(index.Index.Search(new SearchRequest(one)));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Fingerprint(index.Index.Search(new SearchRequest(other))));
        Assert.Equal(expected, Fingerprint(index.Index.Search(new SearchRequest(one.Normalize(NormalizationForm.FormD)))));
        Assert.Equal(expected, Fingerprint(index.Index.Search(new SearchRequest(other.Normalize(NormalizationForm.FormD)))));
    }

    [Fact]
    public void Adjacent_syllables_rank_above_the_same_syllables_scattered()
    {
        using var index = new TempIndex(
            TestRecords.Plan("scattered", "Kế hoạch công tác", "Công tác xây nhà văn hóa và dựng lại cổng làng."),
            TestRecords.Plan("adjacent", "Kế hoạch công tác", "Công tác xây dựng nhà văn hóa và cổng làng mới."));

        var hits = index.Index.Search(new SearchRequest("xay dung")).Hits;

        Assert.Equal(["adjacent", "scattered"], hits.Select(h => h.Id));
    }

    [Fact]
    public void The_title_weighs_more_than_the_body()
    {
        using var index = new TempIndex(
            TestRecords.Plan("body", "Kế hoạch công tác năm", "Tổ chức sinh hoạt chính trị trong chi bộ."),
            TestRecords.Plan("title", "Kế hoạch tổ chức sinh hoạt chính trị", "Công tác năm của chi bộ."));

        var hits = index.Index.Search(new SearchRequest("sinh hoạt chính trị")).Hits;

        Assert.Equal("title", hits[0].Id);
    }

    [Fact]
    public void Quoted_phrases_must_match_in_order()
    {
        using var index = new TempIndex(
            TestRecords.Plan("inorder", "Kế hoạch", "Tự soi, tự sửa trong toàn Đảng bộ."),
            TestRecords.Plan("reversed", "Kế hoạch", "Tự sửa, tự soi trong toàn Đảng bộ."));

        var hits = index.Index.Search(new SearchRequest("\"tu soi tu sua\"")).Hits;

        Assert.Equal(["inorder"], hits.Select(h => h.Id));
    }

    private static List<string> Fingerprint(SearchResponse response) =>
        response.Hits.Select(h => $"{h.Id}:{h.Score:R}").ToList();
}
