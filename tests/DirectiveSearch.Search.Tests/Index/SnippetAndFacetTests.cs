using DirectiveSearch.Search.Querying;

namespace DirectiveSearch.Search.Tests.Index;

public sealed class SnippetAndFacetTests
{
    private static readonly string LongSection =
        string.Join(' ', Enumerable.Repeat("Các cấp ủy tổ chức quán triệt nghiêm túc.", 20))
        + " Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh <trọng tâm> & thường xuyên. "
        + string.Join(' ', Enumerable.Repeat("Định kỳ báo cáo kết quả thực hiện.", 20));

    [Fact]
    public void Snippets_are_short_cut_at_words_escaped_and_mark_the_matched_words()
    {
        using var index = new TempIndex(TestRecords.Plan("long", "Kế hoạch học tập", LongSection));

        var hit = Assert.Single(index.Index.Search(new SearchRequest("phong cach Ho Chi Minh")).Hits);
        var snippet = hit.Sections[0].Snippet;

        Assert.Equal("1", hit.Sections[0].Path);
        var visible = System.Net.WebUtility.HtmlDecode(snippet.Replace("<mark>", string.Empty).Replace("</mark>", string.Empty));
        Assert.True(visible.Length <= 300, snippet);
        Assert.Contains("<mark>phong</mark> <mark>cách</mark> <mark>Hồ</mark> <mark>Chí</mark> <mark>Minh</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;trọng tâm&gt; &amp;", snippet, StringComparison.Ordinal);

        // Cut inside the passage on both sides, at word boundaries.
        Assert.StartsWith("…", visible, StringComparison.Ordinal);
        Assert.EndsWith("…", visible, StringComparison.Ordinal);
        var shown = visible.Trim('…');
        var at = LongSection.IndexOf(shown, StringComparison.Ordinal);
        Assert.True(at > 0, "the snippet is not a contiguous piece of the passage");
        Assert.Equal(' ', LongSection[at - 1]);
        Assert.True(at + shown.Length == LongSection.Length || LongSection[at + shown.Length] == ' ', "snippet ends mid-word");
    }

    [Fact]
    public void A_snippet_is_plain_text_with_the_matched_words_as_spans_into_it()
    {
        using var index = new TempIndex(TestRecords.Plan("long", "Kế hoạch học tập", LongSection));

        var section = Assert.Single(index.Index.Search(new SearchRequest("phong cach Ho Chi Minh")).Hits).Sections[0];

        // The text as the passage has it (no entities), cut with "…"; the spans name exactly the matched words.
        Assert.Contains("Hồ Chí Minh <trọng tâm> & thường xuyên", section.SnippetText, StringComparison.Ordinal);
        Assert.StartsWith("…", section.SnippetText, StringComparison.Ordinal);
        Assert.Equal(["phong", "cách", "Hồ", "Chí", "Minh"], section.Highlights.Select(s => section.SnippetText[s.Start..s.End]));
        Assert.Equal(section.SnippetText, System.Net.WebUtility.HtmlDecode(section.Snippet.Replace("<mark>", string.Empty).Replace("</mark>", string.Empty)));
    }

    [Fact]
    public void A_long_passage_without_spaces_around_the_match_still_gets_a_snippet()
    {
        // Tables flattened with "|" (as in the bench's vbpl texts) give long runs with no space to cut at.
        var cells = string.Join('|', Enumerable.Repeat("abc", 200));
        using var index = new TempIndex(TestRecords.Plan("table", "Kế hoạch", $"{cells}|Tự|soi|{cells} hết."));

        var hit = Assert.Single(index.Index.Search(new SearchRequest("tu soi")).Hits);

        var snippet = hit.Sections[0].Snippet;
        Assert.Contains("<mark>Tự</mark>|<mark>soi</mark>", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Replace("<mark>", string.Empty).Replace("</mark>", string.Empty).Length <= 300);
    }

    [Fact]
    public void Facets_count_matching_documents_and_filters_narrow_them()
    {
        using var index = new TempIndex(
            TestRecords.Plan("a", "Kế hoạch thực hiện Kết luận số 21-KL/TW", new DateOnly(2022, 3, 1), "Ban Thường vụ Tỉnh ủy", "49-KH/TU", "Quán triệt Kết luận số 21-KL/TW và Quy định số 37-QĐ/TW."),
            TestRecords.Plan("b", "Kế hoạch thực hiện Kết luận số 21-KL/TW", new DateOnly(2021, 11, 5), "Đảng ủy Khối", "52-KH/ĐUK", "Thực hiện Kết luận số 21-KL/TW."),
            TestRecords.Plan("c", "Kế hoạch học tập", new DateOnly(2022, 6, 1), "Đảng ủy Khối", "60-KH/ĐUK", "Học tập và làm theo Chỉ thị số 05-CT/TW."));

        var all = index.Index.Search(new SearchRequest("ke hoach"));
        Assert.Equal(3, all.Total);
        Assert.Equal(2, all.Facets.Issuer["Đảng ủy Khối"]);
        Assert.Equal(2, all.Facets.Year["2022"]);
        // Facets count directives by identity: undated "21-KL/TW" is the one Kết luận 21 the meeting table knows.
        Assert.Equal(2, all.Facets.Cites["kl-21-tw-2021"]);
        Assert.Equal(1, all.Facets.Cites["ct-05-tw"]);
        Assert.Equal(3, all.Facets.Type["KH"]);

        Assert.Equal(["a", "c"], index.Index.Search(new SearchRequest("ke hoach", Year: 2022)).Hits.Select(h => h.Id).Order());
        Assert.Equal(["b", "c"], index.Index.Search(new SearchRequest("ke hoach", Issuer: "Đảng ủy Khối")).Hits.Select(h => h.Id).Order());
        Assert.Equal(["a", "b"], index.Index.Search(new SearchRequest("ke hoach", Cites: "KL 21")).Hits.Select(h => h.Id).Order());
        Assert.Equal(["a"], index.Index.Search(new SearchRequest("ke hoach", Cites: "37-QĐ/TW")).Hits.Select(h => h.Id));
        Assert.Equal(["c", "a", "b"], index.Index.Search(new SearchRequest("ke hoach", Sort: SearchSort.Date)).Hits.Select(h => h.Id));
        Assert.Equal(["b"], index.Index.Search(new SearchRequest("ke hoach", Sort: SearchSort.Date, Offset: 2, Limit: 5)).Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("KL 21")]
    [InlineData("kl21")]
    [InlineData("Kết luận 21")]
    [InlineData("ket luan so 21")]
    [InlineData("21-KL/TW")]
    public void A_directive_reference_in_the_query_finds_the_documents_citing_it(string query)
    {
        using var index = new TempIndex(
            TestRecords.Plan("cites", "Kế hoạch công tác", "Quán triệt Kết luận số 21-KL/TW của Ban Chấp hành Trung ương."),
            TestRecords.Plan("other", "Kế hoạch công tác", "Học tập Chỉ thị số 05-CT/TW về đạo đức."));

        Assert.Equal(["cites"], index.Index.Search(new SearchRequest(query)).Hits.Select(h => h.Id));
    }

    [Fact]
    public void Records_round_trip_through_the_index()
    {
        var record = TestRecords.Plan("x", "Kế hoạch số 1", new DateOnly(2022, 8, 15), "Đảng ủy Sở", "28-KH/ĐUK", "Mục đích.", "Yêu cầu.");
        using var index = new TempIndex(record);

        var found = index.Index.Find("x");
        Assert.NotNull(found);
        Assert.Equal(record.Text, found.Text);
        Assert.Equal(Core.Documents.RecordJson.Serialize(record), Core.Documents.RecordJson.Serialize(found));
        Assert.Equal(new DateOnly(2022, 8, 15), found.Date);
        Assert.Null(index.Index.Find("missing"));
        Assert.Equal(["x"], index.Index.DocumentIds());
    }
}
