using DirectiveSearch.Search.Querying;

namespace DirectiveSearch.Search.Tests.Index;

/// <summary>Issue 14's rules on small indexes whose truth is known by construction.</summary>
public sealed class SearchRulesTests
{
    [Fact]
    public void Every_keyword_is_required_and_adding_one_never_adds_results()
    {
        using var index = new TempIndex(
            TestRecords.Plan("a", "Kế hoạch tự soi, tự sửa", "Tự soi, tự sửa của cán bộ."),
            TestRecords.Plan("b", "Kế hoạch tự do", "Tự do báo chí; sửa đổi luật."),
            TestRecords.Plan("c", "Kế hoạch khác", "Soi đường cho tự nhiên."));

        var two = index.Index.Search(new SearchRequest("tu soi"));
        var four = index.Index.Search(new SearchRequest("tu soi tu sua"));

        Assert.Equal(["a", "c"], two.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["a"], four.Hits.Select(h => h.Id));
        Assert.Equal(1, four.Total);
    }

    [Fact]
    public void An_accented_query_marks_only_what_matched_as_typed()
    {
        using var index = new TempIndex(TestRecords.Plan("a", "Kế hoạch", "Chỉnh đốn Đảng là việc chính của cán bộ, chỉnh đốn thường xuyên."));

        var snippet = index.Index.Search(new SearchRequest("chỉnh đốn")).Hits.Single().Sections[0].Snippet;

        Assert.Contains("<mark>Chỉnh</mark> <mark>đốn</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("việc chính của", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_is_matched_without_every_word_and_without_its_tail()
    {
        using var index = new TempIndex(
            TestRecords.Plan("a", "Luật du lịch", "Hợp đồng lữ hành phải được lập thành văn bản."),
            TestRecords.Plan("b", "Luật khác", "Hợp đồng lao động giữa các bên."));

        var response = index.Index.Search(new SearchRequest("Theo Luật Du lịch, hợp đồng lữ hành không cần phải được lập thành văn bản, đúng hay sai?"));

        Assert.True(response.Question);
        Assert.Equal("a", response.Hits[0].Id);
    }

    [Fact]
    public void Grouped_by_section_each_hit_is_a_section_ranked_by_itself_with_its_document()
    {
        using var index = new TempIndex(
            TestRecords.Plan("a", "Kế hoạch một", "Mục đích chung.", "Chuyển đổi số trong cơ quan đảng, chuyển đổi số toàn diện."),
            TestRecords.Plan("b", "Kế hoạch hai", "Chuyển đổi số.", "Việc khác."));

        var response = index.Index.Search(new SearchRequest("chuyen doi so", Group: SearchGroup.Section));

        Assert.Equal("section", response.Group);
        Assert.Equal(2, response.Total);
        Assert.All(response.Hits, h => Assert.Single(h.Sections));
        Assert.Equal([("a", "2"), ("b", "1")], response.Hits.Select(h => (h.Id, h.Path!)).Order());
        Assert.Equal("Kế hoạch một", response.Hits.Single(h => h.Id == "a").Title);
    }

    [Fact]
    public void One_issuer_whatever_its_case_or_tone_style_under_its_well_formed_label_and_years_newest_first()
    {
        using var index = new TempIndex(
            TestRecords.Plan("a", "Kế hoạch", new DateOnly(2021, 1, 1), "ĐẢNG UỶ KHỐI", null, "Chuyển đổi số."),
            TestRecords.Plan("b", "Kế hoạch", new DateOnly(2025, 1, 1), "Đảng ủy Khối", null, "Chuyển đổi số."),
            TestRecords.Plan("c", "Kế hoạch", new DateOnly(2023, 1, 1), "ĐẢNG ỦY KHỐI", null, "Chuyển đổi số."),
            TestRecords.Plan("d", "Kế hoạch", date: null, issuer: "ĐẢNG ỦY KHỐI", symbol: null, "Chuyển đổi số."));

        var response = index.Index.Search(new SearchRequest("chuyen doi so"));

        Assert.Equal(new Dictionary<string, int> { ["Đảng ủy Khối"] = 4 }, response.Facets.Issuer);
        Assert.Equal(["2025", "2023", "2021"], response.Facets.Year.Keys);
        Assert.Equal(4, index.Index.Search(new SearchRequest("chuyen doi so", Issuer: "đảng uỷ khối")).Total);
        Assert.Equal(["b", "c", "a", "d"], index.Index.Search(new SearchRequest("chuyen doi so", Sort: SearchSort.Date)).Hits.Select(h => h.Id));
    }
}
