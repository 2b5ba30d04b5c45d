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

    [Fact]
    public void Every_keyword_is_required_in_the_document_not_in_one_section()
    {
        using var index = new TempIndex(
            TestRecords.Plan("apart", "Kế hoạch một", "Công tác kiểm tra định kỳ.", "Việc khác.", "Hoạt động giám sát chuyên đề."),
            TestRecords.Plan("lacking", "Kế hoạch hai", "Công tác kiểm tra định kỳ.", "Hoạt động chuyên đề."),
            TestRecords.Plan("look-alike", "Kế hoạch ba", "Tự phê bình.", "Sữa học đường."),
            TestRecords.Plan("as-typed", "Kế hoạch bốn", "Tự phê bình.", "Sửa chữa khuyết điểm."));

        var response = index.Index.Search(new SearchRequest("kiem tra giam sat"));

        Assert.Equal(["apart"], response.Hits.Select(h => h.Id));
        Assert.Equal(1, response.Total);
        Assert.Equal(1, index.Index.Search(new SearchRequest("kiem tra giam sat", Sort: SearchSort.Date)).Total);
        // As typed, syllable by syllable, over the document: the look-alike holds "sữa", not "sửa".
        var accented = index.Index.Search(new SearchRequest("tự sửa"));
        Assert.False(accented.Approximate);
        Assert.Equal(["as-typed"], accented.Hits.Select(h => h.Id));
        Assert.Equal(["as-typed", "look-alike"], index.Index.Search(new SearchRequest("tu sua")).Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        // A quoted phrase still needs its words in order in one passage.
        Assert.Equal(0, index.Index.Search(new SearchRequest("\"tra giam\"")).Total);
    }

    [Fact]
    public void Adding_a_keyword_never_adds_results_when_the_words_are_spread_over_sections()
    {
        using var index = new TempIndex(
            TestRecords.Plan("a", "Kế hoạch một", "Công tác kiểm tra.", "Giám sát đảng viên.", "Kỷ luật nghiêm."),
            TestRecords.Plan("b", "Kế hoạch hai", "Kiểm tra giám sát.", "Khen thưởng."),
            TestRecords.Plan("c", "Kế hoạch ba", "Kiểm tra.", "Kỷ luật đảng viên."),
            TestRecords.Plan("d", "Kế hoạch bốn", "Công tác giám sát và kỷ luật."));

        string[] growing = ["kiem", "kiem tra", "kiem tra giam", "kiem tra giam sat", "kiem tra giam sat ky", "kiem tra giam sat ky luat dang"];
        var results = growing.Select(q => index.Index.Search(new SearchRequest(q)).Hits.Select(h => h.Id).ToHashSet()).ToList();
        var totals = growing.Select(q => index.Index.Search(new SearchRequest(q)).Total).ToList();

        Assert.Equal([3, 3, 2, 2, 1, 1], totals);
        for (var i = 1; i < results.Count; i++)
            Assert.Subset(results[i - 1], results[i]);
        Assert.Equal(["a"], results[^1]);
    }

    [Fact]
    public void A_document_holding_the_words_in_one_passage_ranks_above_one_holding_them_apart()
    {
        using var index = new TempIndex(
            TestRecords.Plan("apart", "Kế hoạch một", "Công tác kiểm tra định kỳ.", "Hoạt động giám sát chuyên đề."),
            TestRecords.Plan("together", "Kế hoạch hai", "Công tác kiểm tra, giám sát định kỳ.", "Việc khác."));

        var documents = index.Index.Search(new SearchRequest("kiem tra giam sat"));
        var sections = index.Index.Search(new SearchRequest("kiem tra giam sat", Group: SearchGroup.Section));

        Assert.Equal(["together", "apart"], documents.Hits.Select(h => h.Id));
        // By section: the passages of matching documents holding a query word, the one with all of them first.
        Assert.Equal([("together", "1"), ("apart", "1"), ("apart", "2")], sections.Hits.Select(h => (h.Id, h.Path!)).Take(1).Concat(sections.Hits.Skip(1).Select(h => (h.Id, h.Path!)).Order()));
        Assert.Equal(3, sections.Total);
    }
}
