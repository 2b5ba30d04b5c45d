using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Graph;
using static DirectiveSearch.Core.Tests.Graph.GraphFixtures;
using static DirectiveSearch.Core.Tests.Graph.SeedWorld;

namespace DirectiveSearch.Core.Tests.Graph;

public sealed class KnowledgeBaseTests
{
    [Fact]
    public void Holds_one_entry_per_identity_cited_or_in_the_corpus()
    {
        Assert.Equal(
            [Kh28, Kh49Of2021, Kh49Of2022, Kh52, Kh62, Kl01, Kl21, Nq21, Qd37],
            Knowledge.Directives.Select(d => d.Id));
    }

    [Fact]
    public void A_directive_in_the_corpus_takes_date_and_subject_from_itself_and_its_body_from_citations()
    {
        var entry = Knowledge.Directive(Kl21)!;

        Assert.Equal("21-KL/TW", entry.Symbol);
        Assert.Equal("KL", entry.Type);
        Assert.Equal("Kết luận", entry.TypeName);
        Assert.Equal("21", entry.Number);
        Assert.Equal("TW", entry.Issuer);
        Assert.Equal("Ban Chấp hành Trung ương Đảng", entry.IssuingBody);
        Assert.Equal(new DateOnly(2021, 10, 25), entry.Date);
        Assert.Equal("về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", entry.Subject);
        Assert.Equal(["Kết luận", "Kết luận số 21-KL/TW"], entry.Aliases);
        Assert.Equal("kl21", entry.DocumentId);
        Assert.True(entry.InCorpus);
        Assert.Equal(2, entry.CitedByCount); // 000 twice and 004 twice: two documents
    }

    [Fact]
    public void A_directive_only_cited_takes_everything_from_its_citations()
    {
        var entry = Knowledge.Directive(Kh49Of2022)!;

        Assert.Equal(new DirectiveEntry(Kh49Of2022, "49-KH/TU", "KH", "Kế hoạch", "49", "TU", "Tỉnh ủy", new DateOnly(2022, 1, 27), "về thực hiện Kết luận số 21-KL/TW", entry.Aliases, null, 1), entry);
        Assert.Equal(["Kế hoạch số 49-KH/TU"], entry.Aliases);
    }

    [Fact]
    public void The_two_plans_49_KH_TU_stay_two_entries()
    {
        var of2021 = Knowledge.Directive(Kh49Of2021)!;
        var of2022 = Knowledge.Directive(Kh49Of2022)!;

        Assert.Equal(of2021.Symbol, of2022.Symbol);
        Assert.Equal(new DateOnly(2021, 10, 11), of2021.Date);
        Assert.Equal(new DateOnly(2022, 1, 27), of2022.Date);
        Assert.Equal("Ban Thường vụ Tỉnh ủy", of2021.IssuingBody);
    }

    [Fact]
    public void A_symbol_nobody_wrote_is_rebuilt_from_the_id()
    {
        // "Kết luận số 01, ngày 18/5/2021 của Bộ Chính trị" (seed 001) has no symbol.
        var entry = Knowledge.Directive(Kl01)!;

        Assert.Equal("01-KL/TW", entry.Symbol);
        Assert.Equal("Bộ Chính trị", entry.IssuingBody);
        Assert.Equal(new DateOnly(2021, 5, 18), entry.Date);
        Assert.Null(entry.DocumentId);
    }

    [Fact]
    public void A_symbol_written_with_the_wrong_code_is_an_alias_not_the_symbol()
    {
        // Seed 003: "Nghị quyết số 21-KL/TW, ngày 16/6/2022" means Nghị quyết 21-NQ/TW.
        var entry = Knowledge.Directive(Nq21)!;

        Assert.Equal("21-NQ/TW", entry.Symbol);
        Assert.Equal("NQ", entry.Type);
        Assert.Equal("Nghị quyết", entry.TypeName);
        Assert.Equal(["Nghị quyết số 21-KL/TW", "Nghị quyết số 21-NQ/TW"], entry.Aliases);
    }

    [Fact]
    public void The_noun_names_the_type_of_a_QD()
    {
        var entry = Knowledge.Directive(Qd37)!;

        Assert.Equal("QĐ", entry.Type);
        Assert.Equal("Quy định", entry.TypeName);
    }

    [Fact]
    public void A_corpus_plan_without_a_date_keeps_its_own_symbol_and_subject()
    {
        var entry = Knowledge.Directive(Kh28)!;

        Assert.Equal("28-KH/ĐUK", entry.Symbol);
        Assert.Equal("ĐUK", entry.Issuer);
        Assert.Null(entry.Date);
        Assert.Equal("000", entry.DocumentId);
        Assert.Equal("Đảng ủy Sở", entry.IssuingBody);
        Assert.Equal(1, entry.CitedByCount); // its own "Số 28-KH/ĐUK" and "Kế hoạch này" do not count
        Assert.Equal(["Kế hoạch số 28-KH/ĐUK"], entry.Aliases);
    }

    [Fact]
    public void Dates_of_another_year_than_the_id_are_not_evidence()
    {
        const string text = "Thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021. Theo Kết luận số 21-KL/TW, ngày 25/10/2020.";
        var citations = CitationsOf(
            "x",
            null,
            Resolved(Cite(text, 0, "Kết luận số 21-KL/TW", date: new DateOnly(2020, 10, 25)), Kl21),
            Resolved(Cite(text, 1, "Kết luận số 21-KL/TW", occurrence: 1, date: new DateOnly(2020, 10, 25)), Kl21),
            Resolved(Cite(text, 2, "Kết luận số 21-KL/TW", date: new DateOnly(2021, 10, 25)), Kl21));

        var entry = new KnowledgeBase([Record("x", text)], [citations]).Directive(Kl21)!;

        Assert.Equal(new DateOnly(2021, 10, 25), entry.Date);
    }

    [Fact]
    public void The_named_meeting_table_fills_what_no_citation_says()
    {
        const string text = "Thực hiện Nghị quyết Đại hội XIII của Đảng và kết luận của Hội nghị Trung ương 4 khóa XIII.";
        var congress = Cite(text, 0, "Nghị quyết", kind: CitationKind.Meeting);
        var plenum = Cite(text, 1, "kết luận", kind: CitationKind.Meeting);
        var citations = CitationsOf("x", null, Resolved(congress, "nq-dhxiii-tw-2021", CitationRelation.Implements), Resolved(plenum, Kl21, CitationRelation.Implements));

        var knowledge = new KnowledgeBase([Record("x", text)], [citations]);

        var resolution = knowledge.Directive("nq-dhxiii-tw-2021")!;
        Assert.Null(resolution.Symbol);
        Assert.Equal("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", resolution.Subject);
        Assert.Equal(resolution.Subject, resolution.Label);
        Assert.Equal("Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", resolution.IssuingBody);
        Assert.Equal(new DateOnly(2021, 2, 1), resolution.Date);
        var conclusion = knowledge.Directive(Kl21)!;
        Assert.Equal(new DateOnly(2021, 10, 25), conclusion.Date);
        Assert.StartsWith("Về đẩy mạnh xây dựng, chỉnh đốn Đảng", conclusion.Subject, StringComparison.Ordinal);
        Assert.Null(conclusion.IssuingBody); // a Kết luận has a symbol: the meeting is not its issuing body
        Assert.Equal("21-KL/TW năm 2021", conclusion.Label);
    }

    [Fact]
    public void A_meeting_citation_counts_but_lends_no_body_or_subject()
    {
        const string text = "Triển khai kết luận, quy định của Hội nghị Trung ương 4 khóa XIII.";
        var meeting = Cite(text, 0, "kết luận", kind: CitationKind.Meeting, body: "Hội nghị Trung ương 4", subject: "xây dựng Đảng");
        var citations = CitationsOf("x", null, Resolved(meeting, Kl21, CitationRelation.Implements), Resolved(meeting, Qd37, CitationRelation.Implements));

        var knowledge = new KnowledgeBase([Record("x", text)], [citations], new NamedMeetingTable([]));

        Assert.All([knowledge.Directive(Kl21)!, knowledge.Directive(Qd37)!], entry =>
        {
            Assert.Equal(1, entry.CitedByCount);
            Assert.Null(entry.IssuingBody);
            Assert.Null(entry.Subject);
            Assert.Empty(entry.Aliases);
        });
        Assert.Equal("Kết luận", knowledge.Directive(Kl21)!.TypeName);
        Assert.Equal("21-KL/TW", knowledge.Directive(Kl21)!.Symbol);
    }

    [Fact]
    public void Looks_up_documents_citations_and_identities()
    {
        Assert.Equal("004", Knowledge.Document("004")!.Id);
        Assert.Null(Knowledge.Document("999"));
        Assert.Equal(Kh62, Knowledge.IdentityOf("004"));
        Assert.Null(Knowledge.IdentityOf("002"));
        Assert.Equal(2, Knowledge.CitationsOf("002")!.Citations.Count);
        Assert.Null(Knowledge.Directive("kl-99-tw-2021"));
    }

    [Fact]
    public void Rejects_two_documents_with_one_id()
    {
        Assert.Throws<ArgumentException>(() => new KnowledgeBase([Record("x", ""), Record("x", "")], []));
    }
}
