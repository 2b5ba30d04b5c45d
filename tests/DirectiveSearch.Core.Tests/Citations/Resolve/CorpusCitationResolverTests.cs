using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Resolve;

namespace DirectiveSearch.Core.Tests.Citations.Resolve;

/// <summary>Two passes over a corpus: dated mentions and documents' own numbers decide the undated ones.</summary>
public sealed class CorpusCitationResolverTests
{
    [Fact]
    public void Undated_mentions_join_what_another_document_dated()
    {
        var documents = new[]
        {
            CitationTestFiles.Record("a", "KẾ HOẠCH\nthực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương\nThực hiện Kết luận số 21-KL/TW, ngày 25/10/2021, Ban Thường vụ ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Quán triệt Kết luận."),
            CitationTestFiles.Record("b", "KẾ HOẠCH\ntổ chức sinh hoạt chính trị\nThực hiện Kế hoạch số 12-KH/ĐU, Ban Thường vụ ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Quán triệt Kết luận số 21-KL/TW của Ban Chấp hành Trung ương."),
        };

        var results = new CorpusCitationResolver().Resolve(documents);

        Assert.Equal(["a", "b"], results.Select(r => r.DocumentId));
        var b = results[1].Citations;
        Assert.Equal(("kh-12-du", CitationRelation.Implements), (b[0].Target, b[0].Relation));
        Assert.Equal(("kl-21-tw-2021", CitationRelation.Cites, "I.1"), (b[1].Target, b[1].Relation, b[1].SectionPath));
    }

    [Fact]
    public void A_document_and_the_citations_of_its_symbol_are_one_node()
    {
        var documents = new[]
        {
            CitationTestFiles.Record("own", "Số 28-KH/ĐUK\nKẾ HOẠCH\nnghiên cứu, học tập\nThực hiện Kế hoạch số 53-KH/ĐUK ngày 01/3/2022, Đảng ủy Sở xây dựng kế hoạch như sau:\nI- MỤC ĐÍCH\n- Căn cứ Kế hoạch này."),
            CitationTestFiles.Record("citing", "KẾ HOẠCH\nkiểm tra\nThực hiện Kế hoạch số 28-KH/ĐUK của Đảng ủy Sở, Chi bộ xây dựng kế hoạch như sau:\nI- MỤC ĐÍCH\n- Kiểm tra."),
        };

        var results = new CorpusCitationResolver().Resolve(documents);

        Assert.Equal("kh-28-duk", results[0].Identity);
        Assert.Equal("kh-28-duk", results[0].Citations[^1].Target);
        Assert.Equal(CitationRelation.Self, results[0].Citations[^1].Relation);
        Assert.Equal("kh-28-duk", results[1].Citations[0].Target);
    }

    [Fact]
    public void One_symbol_of_two_years_stays_ambiguous_where_undated()
    {
        var documents = new[]
        {
            CitationTestFiles.Record("x", "Thực hiện Kế hoạch số 49-KH/TU ngày 27/01/2022 của Tỉnh ủy."),
            CitationTestFiles.Record("y", "Thực hiện Kế hoạch số 49-KH/TU, ngày 11/10/2021 của Ban Thường vụ Tỉnh ủy."),
            CitationTestFiles.Record("z", "Thực hiện Kế hoạch số 49-KH/TU của Tỉnh ủy."),
        };

        var results = new CorpusCitationResolver().Resolve(documents);

        Assert.Equal("kh-49-tu-2022", results[0].Citations[0].Target);
        Assert.Equal("kh-49-tu-2021", results[1].Citations[0].Target);
        var undated = results[2].Citations[0];
        Assert.Null(undated.Target);
        Assert.Equal(["kh-49-tu-2021", "kh-49-tu-2022"], undated.Candidates);
    }

    [Fact]
    public void The_seeds_resolve_their_hard_cases()
    {
        var results = new CorpusCitationResolver().Resolve([.. CitationTestFiles.SeedPrefixes.Select(CitationTestFiles.Seed)]);
        ResolvedCitation First(int seed, string text) => results[seed].Citations.First(c => c.Citation.Text == text);

        // Seed 003: "Nghị quyết số 21-KL/TW, ngày 16/6/2022" is Nghị quyết 21-NQ/TW, with a warning.
        var wrongCode = First(3, "Nghị quyết số 21-KL/TW");
        Assert.Equal("nq-21-tw-2022", wrongCode.Target);
        Assert.Single(wrongCode.Warnings);
        // Seed 001: a number without symbol; an undated symbol of a thị ủy nobody dates.
        Assert.Equal("kl-01-tw-2021", First(1, "Kết luận số 01").Target);
        Assert.Equal("qd-183-thu", First(1, "Quyết định 183-QĐ/ThU").Target);
        // Seeds 000 and 002: one symbol, two plans.
        Assert.Equal("kh-49-tu-2022", First(0, "Kế hoạch số 49-KH/TU").Target);
        Assert.Equal("kh-49-tu-2021", First(2, "Kế hoạch số 49-KH/TU").Target);
        // Seed 002: the title's undated Chỉ thị joins the date the body gives it.
        Assert.Equal("ct-05-tw-2016", First(2, "Chỉ thị số 05-CT/TW").Target);
        // Seed 004: the defined short name.
        Assert.All(results[4].Citations.Where(c => c.Citation.Kind == CitationKind.ShortName), c => Assert.Equal("kl-21-tw-2021", c.Target));
    }

    [Fact]
    public void Users_extend_the_meeting_table_with_a_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"meetings-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            {
              // Hội nghị Trung ương 9 khóa XIII
              "meetings": [
                { "key": "hntw-9-xiii", "name": "Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XIII",
                  "directives": [ { "id": "nq-45-tw-2023", "symbol": "45-NQ/TW", "date": "2023-11-24" } ] },
              ]
            }
            """);
        try
        {
            var documents = new[] { CitationTestFiles.Record("n", "Thực hiện nghị quyết của Hội nghị Trung ương 9 khóa XIII.") };

            var before = new CorpusCitationResolver().Resolve(documents)[0].Citations.Single();
            var after = CorpusCitationResolver.WithMeetingFile(file).Resolve(documents)[0].Citations.Single();

            Assert.Null(before.Target);
            Assert.Contains("not in the named-meeting table", before.Warnings.Single(), StringComparison.Ordinal);
            Assert.Equal("nq-45-tw-2023", after.Target);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
