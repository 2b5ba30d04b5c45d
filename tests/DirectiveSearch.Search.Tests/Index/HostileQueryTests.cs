using DirectiveSearch.Search.Querying;

namespace DirectiveSearch.Search.Tests.Index;

/// <summary>Queries no person types but a pasted text or an attacker sends: they must simply run.</summary>
public sealed class HostileQueryTests
{
    public static TheoryData<string> Queries() => new()
    {
        string.Concat(Enumerable.Repeat("21-KL/TW ", 1_100)),
        string.Concat(Enumerable.Repeat("\"a\" ", 2_400)),
        string.Concat(Enumerable.Repeat("KL 21 NQ 35 ", 600)),
        string.Concat(Enumerable.Repeat("xây dựng ", 5_000)),
        "\"unbalanced quote",
        "+-&&||!(){}[]^\"~*?:\\/",
        "\u0000\u0001\uFFFF\uD800",
        "   ",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Oversized_and_odd_queries_run_without_error(string query)
    {
        using var index = new TempIndex(TestRecords.Plan("a", "Kế hoạch thực hiện Kết luận số 21-KL/TW", "Xây dựng, chỉnh đốn Đảng."));
        var response = index.Index.Search(new SearchRequest(query));
        Assert.True(response.Total >= 0);
    }
}
