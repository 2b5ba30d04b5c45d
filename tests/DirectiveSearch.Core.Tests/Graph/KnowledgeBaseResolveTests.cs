using static DirectiveSearch.Core.Tests.Graph.SeedWorld;

namespace DirectiveSearch.Core.Tests.Graph;

public sealed class KnowledgeBaseResolveTests
{
    [Theory]
    [InlineData("KL 21", Kl21)]
    [InlineData("kết luận 21", Kl21)]
    [InlineData("Kết luận số 21", Kl21)]
    [InlineData("ket luan so 21", Kl21)]
    [InlineData("21-KL/TW", Kl21)]
    [InlineData("21- KL/TW", Kl21)]
    [InlineData("kl21", Kl21)]
    [InlineData("kl-21", Kl21)]
    [InlineData("kl-21-tw-2021", Kl21)]
    [InlineData("KL-21-TW-2021", Kl21)]
    [InlineData("  kl-21-tw-2021 ", Kl21)]
    [InlineData("kl21 năm 2021", Kl21)]
    [InlineData("KL 1", Kl01)]
    [InlineData("Kết luận 01", Kl01)]
    [InlineData("01-KL/TW", Kl01)]
    [InlineData("21-NQ/TW", Nq21)]
    [InlineData("Nghị quyết 21", Nq21)]
    [InlineData("Quy định 37", Qd37)]
    [InlineData("QĐ 37", Qd37)]
    [InlineData("kh-28-duk", Kh28)]
    [InlineData("28-KH/ĐUK", Kh28)]
    [InlineData("KH 28", Kh28)]
    [InlineData("kh-49-tu-2021", Kh49Of2021)]
    [InlineData("49-KH/TU năm 2021", Kh49Of2021)]
    [InlineData("KH 49 2022", Kh49Of2022)]
    [InlineData("000", Kh28)] // a corpus document id: the directive it is
    public void Resolves_what_users_type_to_one_directive(string typed, string expected)
    {
        var outcome = Knowledge.Resolve(typed);

        Assert.Equal(expected, outcome.Id);
        Assert.Empty(outcome.Candidates);
        Assert.False(outcome.IsAmbiguous);
    }

    [Theory]
    [InlineData("49-KH/TU")]
    [InlineData("KH 49")]
    [InlineData("kế hoạch số 49")]
    [InlineData("kh-49-tu")]
    public void Leaves_two_plans_49_KH_TU_ambiguous(string typed)
    {
        var outcome = Knowledge.Resolve(typed);

        Assert.Null(outcome.Id);
        Assert.Equal([Kh49Of2021, Kh49Of2022], outcome.Candidates);
        Assert.True(outcome.IsAmbiguous);
    }

    [Theory]
    [InlineData("")]
    [InlineData("chỉnh đốn Đảng")]
    [InlineData("NQ 35")]
    [InlineData("nq-35-tw-2018")]
    [InlineData("49-KH/ThU")] // a thị ủy's plan is not a tỉnh ủy's
    [InlineData("KH 49 2020")]
    [InlineData("002")] // a document without a symbol is no directive
    public void Finds_nothing_for_what_the_corpus_does_not_know(string typed)
    {
        var outcome = Knowledge.Resolve(typed);

        Assert.Null(outcome.Id);
        Assert.Empty(outcome.Candidates);
    }
}
