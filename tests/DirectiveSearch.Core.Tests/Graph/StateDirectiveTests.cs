using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Graph;
using static DirectiveSearch.Core.Tests.Graph.GraphFixtures;

namespace DirectiveSearch.Core.Tests.Graph;

/// <summary>State numbers: "249/2025/NĐ-CP" carries its year, a law's "63/2025/QH15" no type code, "71/NQ-CP" neither year nor more.</summary>
public sealed class StateDirectiveTests
{
    private const string Nd249 = "nd-249-cp-2025";
    private const string Luat63 = "luat-63-qh15-2025";
    private const string Nq71 = "nq-71-cp-2024";

    private const string Text =
        "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n" +
        "Căn cứ Nghị định số 249/2025/NĐ-CP;\n" +
        "Thực hiện Nghị quyết số 71/NQ-CP ngày 08/4/2024 của Chính phủ.\n";

    private static readonly KnowledgeBase Knowledge = new(
        [Record("qd", Text, symbol: "12/QĐ-UBND", typeCode: "QĐ", typeName: "Quyết định", date: new DateOnly(2025, 9, 1), issuer: "Ủy ban nhân dân tỉnh")],
        [
            CitationsOf(
                "qd",
                "qd-12-ubnd-2025",
                Resolved(Cite(Text, 0, "Luật Tổ chức Chính phủ số 63/2025/QH15"), Luat63, CitationRelation.Basis),
                Resolved(Cite(Text, 1, "Nghị định số 249/2025/NĐ-CP"), Nd249, CitationRelation.Basis),
                Resolved(Cite(Text, 2, "Nghị quyết số 71/NQ-CP", date: new DateOnly(2024, 4, 8), body: "Chính phủ"), Nq71, CitationRelation.Implements)),
        ]);

    [Fact]
    public void A_reference_the_archive_does_not_hold_offers_the_directives_of_its_number()
    {
        // "Thực hiện Nghị quyết số 71/NQ-CP ngày 08/4/2024 của Chính phủ": a Party "71-NQ/TW" is not that resolution.
        Assert.Null(Knowledge.Resolve("71-NQ/TW").Id);
        Assert.Equal([Nq71], Knowledge.NearCandidates("71-NQ/TW").Select(d => d.Id));
        Assert.Equal([Nq71], Knowledge.NearCandidates("nghị quyết 71 của Bộ Chính trị").Select(d => d.Id));
        Assert.Empty(Knowledge.NearCandidates("57-NQ/TW"));
        Assert.Empty(Knowledge.NearCandidates("tự soi tự sửa"));
    }

    [Theory]
    [InlineData("249/2025/NĐ-CP", Nd249)]
    [InlineData("Nghị định 249", Nd249)]
    [InlineData("nd-249-cp-2025", Nd249)]
    [InlineData("63/2025/QH15", Luat63)]
    [InlineData("Luật 63", Luat63)] // a law by its number as people say it, with or without diacritics
    [InlineData("luat so 63", Luat63)]
    [InlineData("luat-63-qh15-2025", Luat63)]
    [InlineData("71/NQ-CP", Nq71)]
    [InlineData("NQ 71", Nq71)]
    [InlineData("12/QĐ-UBND", "qd-12-ubnd-2025")]
    public void Resolves_state_numbers(string typed, string expected)
    {
        Assert.Equal(expected, Knowledge.Resolve(typed).Id);
    }

    [Theory]
    [InlineData("249/2024/NĐ-CP")] // the year is part of a state number
    [InlineData("63/2025/QH14")]
    public void A_state_number_of_another_year_or_body_is_unknown(string typed)
    {
        Assert.Null(Knowledge.Resolve(typed).Id);
        Assert.Empty(Knowledge.Resolve(typed).Candidates);
    }

    [Fact]
    public void State_entries_keep_their_written_codes()
    {
        var decree = Knowledge.Directive(Nd249)!;
        var law = Knowledge.Directive(Luat63)!;
        var resolution = Knowledge.Directive(Nq71)!;

        Assert.Equal(("249/2025/NĐ-CP", "NĐ", "Nghị định", "CP"), (decree.Symbol, decree.Type, decree.TypeName, decree.Issuer));
        Assert.Equal(("63/2025/QH15", "Luật", "Luật", "QH15"), (law.Symbol, law.Type, law.TypeName, law.Issuer));
        Assert.Equal(("71/NQ-CP", "NQ", "Nghị quyết", "CP", "Chính phủ"), (resolution.Symbol, resolution.Type, resolution.TypeName, resolution.Issuer, resolution.IssuingBody));
    }

    [Fact]
    public void Basis_edges_and_quotes_cite_the_section_free_lead()
    {
        var graph = new CitationGraph(Knowledge);
        var quote = Assert.Single(new QuoteFinder(Knowledge).For(Luat63));

        Assert.Equal(
            [("qd-12-ubnd-2025", Luat63, "basis"), ("qd-12-ubnd-2025", Nd249, "basis"), ("qd-12-ubnd-2025", Nq71, "implements")],
            graph.Edges.Select(e => (e.Source, e.Target, e.Relation)));
        Assert.Equal("Quyết định số 12/QĐ-UBND, ngày 01/9/2025 của Ủy ban nhân dân tỉnh", quote.Citation);
        Assert.Equal("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", quote.Sentence);
        Assert.Equal("basis", quote.Relation);
    }
}
