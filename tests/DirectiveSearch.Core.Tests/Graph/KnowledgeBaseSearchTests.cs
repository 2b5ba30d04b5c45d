using DirectiveSearch.Core.Graph;
using static DirectiveSearch.Core.Tests.Graph.SeedWorld;

namespace DirectiveSearch.Core.Tests.Graph;

public sealed class KnowledgeBaseSearchTests
{
    public static TheoryData<DirectiveQuery, string[]> Searches => new()
    {
        // Most cited first, then by id.
        { new DirectiveQuery(), [Kl21, Kh28, Kh49Of2021, Kh49Of2022, Kh52, Kl01, Nq21, Qd37, Kh62] },
        { new DirectiveQuery(Q: "chinh don"), [Kl21] },
        { new DirectiveQuery(Q: "chỉnh đốn"), [Kl21] },
        // Seed 003 wrote "Nghị quyết số 21-KL/TW"; plan 49's subject and plan 62's title name it too.
        { new DirectiveQuery(Q: "21-kl"), [Kl21, Kh49Of2022, Nq21, Kh62] },
        { new DirectiveQuery(Q: "KL 21"), [Kl21] },
        { new DirectiveQuery(Q: "ket luan"), [Kl21, Kh28, Kh49Of2021, Kh49Of2022, Kl01, Kh62] },
        { new DirectiveQuery(Q: "49-KH/TU"), [Kh49Of2021, Kh49Of2022, Kh52] }, // plan 52's subject names it
        { new DirectiveQuery(Type: "KL"), [Kl21, Kl01] },
        { new DirectiveQuery(Type: "Kết luận"), [Kl21, Kl01] },
        { new DirectiveQuery(Type: "QĐ"), [Qd37] },
        { new DirectiveQuery(Issuer: "TU"), [Kh49Of2021, Kh49Of2022] },
        { new DirectiveQuery(Issuer: "ĐUK"), [Kh28, Kh52, Kh62] },
        { new DirectiveQuery(Issuer: "ThU"), [] },
        { new DirectiveQuery(Q: "ke hoach", Issuer: "duk"), [Kh28, Kh52] },
        { new DirectiveQuery(Q: "khong co gi"), [] },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public void Finds_directives_by_folded_text_type_and_issuer(DirectiveQuery query, string[] expected)
    {
        var page = Knowledge.Search(query with { Limit = DirectiveQuery.MaxLimit });

        Assert.Equal(expected, page.Items.Select(d => d.Id));
        Assert.Equal(expected.Length, page.Total);
    }

    [Theory]
    [InlineData(0, 4, new[] { Kl21, Kh28, Kh49Of2021, Kh49Of2022 })]
    [InlineData(4, 4, new[] { Kh52, Kl01, Nq21, Qd37 })]
    [InlineData(8, 4, new[] { Kh62 })]
    [InlineData(20, 4, new string[0])]
    public void Pages(int offset, int limit, string[] expected)
    {
        var page = Knowledge.Search(new DirectiveQuery(Offset: offset, Limit: limit));

        Assert.Equal(expected, page.Items.Select(d => d.Id));
        Assert.Equal(9, page.Total);
        Assert.Equal(offset, page.Offset);
        Assert.Equal(limit, page.Limit);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(0, 0)]
    [InlineData(0, DirectiveQuery.MaxLimit + 1)]
    public void Rejects_bad_paging(int offset, int limit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Knowledge.Search(new DirectiveQuery(Offset: offset, Limit: limit)));
    }
}
