using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Extract;
using DirectiveSearch.Core.Citations.Resolve;

namespace DirectiveSearch.Core.Tests.Citations.Resolve;

/// <summary>
/// Resolution of one document against a given lookup, as a table: the text, what the lookup knows (slug
/// and date), and the targets in order ("?a|b" for an ambiguity between a and b, "-" for no target).
/// </summary>
public sealed class CitationResolverTests
{
    [Theory]
    // Dated: the identity follows from the text.
    [InlineData("Thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương", "", "kl-21-tw-2021")]
    [InlineData("Kết luận số 01- KL/TW, ngày 18/5/2021", "", "kl-01-tw-2021")]
    [InlineData("Quy định số 37-QĐ/TW ngày 25 tháng 10 năm 2021", "", "qd-37-tw-2021")]
    [InlineData("Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII", "", "ct-05-tw-2016")]
    [InlineData("Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị", "", "nq-35-tw-2018")]
    [InlineData("Quyết định 183-QĐ/ThU, ngày 02/6/2022", "", "qd-183-thu-2022")]
    // State numbers carry their year.
    [InlineData("Căn cứ Nghị định số 249/2025/NĐ-CP", "", "nd-249-cp-2025")]
    [InlineData("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", "", "luat-63-qh15-2025")]
    [InlineData("theo Thông tư số 12/2024/TT-BNV", "", "tt-12-bnv-2024")]
    [InlineData("Nghị quyết số 71/NQ-CP ngày 24/5/2024 của Chính phủ", "", "nq-71-cp-2024")]
    // One symbol, two dates: two directives (seeds 000 and 002).
    [InlineData("Kế hoạch số 49-KH/TU ngày 27/01/2022 của Tỉnh ủy; Kế hoạch số 49-KH/TU, ngày 11/10/2021", "", "kh-49-tu-2022 kh-49-tu-2021")]
    // Undated: the only candidate, else ambiguous, else no year.
    [InlineData("Quy định số 37-QĐ/TW của Ban Chấp hành Trung ương", "qd-37-tw-2021@2021-10-25", "qd-37-tw-2021")]
    [InlineData("Kế hoạch số 49-KH/TU", "kh-49-tu-2022@2022-01-27 kh-49-tu-2021@2021-10-11", "?kh-49-tu-2021|kh-49-tu-2022")]
    [InlineData("Đoàn công tác theo Quyết định 183-QĐ/ThU", "qd-183-tu-2020", "qd-183-thu")]
    [InlineData("Kế hoạch số 28-KH/ĐUK", "kh-28-duk", "kh-28-duk")]
    // Undated, but dated in the same document: the document wins over the lookup.
    [InlineData("Kết luận 29-KL/TU, ngày 22/7/2021 của Ban Thường vụ Tỉnh ủy; Kết luận 29-KL/TU của Ban Thường vụ Tỉnh ủy", "kl-29-tu-2019", "kl-29-tu-2021 kl-29-tu-2021")]
    // No symbol: type from the noun, issuer from the body (seed 001).
    [InlineData("thực hiện Kết luận số 01, ngày 18/5/2021 của Bộ Chính trị", "", "kl-01-tw-2021")]
    [InlineData("Chỉ thị số 5, ngày 15/5/2016 của Ban Bí thư", "", "ct-05-tw-2016")]
    [InlineData("Kết luận số 29, ngày 22/7/2021 của Ban Thường vụ Tỉnh ủy", "", "kl-29-tu-2021")]
    [InlineData("Kết luận số 3, ngày 22/7/2021 của Sở Nội vụ", "", "-")]
    [InlineData("Kết luận số 3, ngày 22/7/2021 của Sở Nội vụ", "kl-03-snv-2021", "kl-03-snv-2021")]
    // Noun and code disagree (seed 003): the short name, then what is known, then the noun.
    [InlineData("Thực hiện Nghị quyết số 21-KL/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng (sau đây gọi là Nghị quyết số 21-NQ/TW); triển khai Nghị quyết số 21-NQ/TW", "", "nq-21-tw-2022 nq-21-tw-2022")]
    [InlineData("Kế hoạch số 43-KH/TU của Tỉnh ủy về việc thực hiện Nghị quyết số 21-KL/TW, ngày 16/6/2022", "kl-21-tw-2021@2021-10-25", "kh-43-tu nq-21-tw-2022")]
    [InlineData("thực hiện Nghị quyết số 21-KL/TW, ngày 25/10/2021", "kl-21-tw-2021@2021-10-25", "kl-21-tw-2021")]
    [InlineData("thực hiện Nghị quyết số 21-KL/TW, ngày 25/10/2021", "", "nq-21-tw-2021")]
    // Meetings, through the named-meeting table.
    [InlineData("thực hiện kết luận, quy định của Hội nghị Trung ương 4 khóa XIII", "", "kl-21-tw-2021 qd-37-tw-2021")]
    [InlineData("Nghị quyết hội nghị lần thứ sáu Ban chấp hành Trung ương Đảng khóa XIII", "", "nq-27-tw-2022 nq-28-tw-2022 nq-29-tw-2022")]
    [InlineData("Nghị quyết Hội nghị Trung ương 4 khóa XIII", "", "kl-21-tw-2021 qd-37-tw-2021")]
    [InlineData("Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", "", "nq-dhxiii-tw-2021")]
    [InlineData("các kết luận của Hội nghị Trung ương 9 khóa XIII", "", "-")]
    // Short names and self references.
    [InlineData("Thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 (sau đây gọi là Kết luận); triển khai Kết luận và Kế hoạch này.", "", "kl-21-tw-2021 kl-21-tw-2021 kh-99-duk")]
    public void Resolves_to_identities(string text, string known, string expected)
    {
        var lookup = new InMemoryDirectiveLookup(known.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(Known));
        var resolver = new CitationResolver(lookup);

        var resolved = resolver.Resolve(text, CitationExtractor.Extract(text), selfIdentity: "kh-99-duk");

        Assert.Equal(expected, string.Join(' ', resolved.Select(Describe)));
    }

    [Fact]
    public void Ambiguity_and_guesses_are_reported()
    {
        var lookup = new InMemoryDirectiveLookup([.. Known("kh-49-tu-2022"), .. Known("kh-49-tu-2021")]);
        const string text = "Kế hoạch số 49-KH/TU; Quyết định 183-QĐ/ThU; Nghị quyết số 21-KL/TW, ngày 16/6/2022";

        var resolved = new CitationResolver(lookup).Resolve(text, CitationExtractor.Extract(text));

        Assert.True(resolved[0].IsAmbiguous);
        Assert.Equal(["kh-49-tu-2021", "kh-49-tu-2022"], resolved[0].Candidates);
        Assert.Contains("ambiguous", resolved[0].Warnings.Single(), StringComparison.Ordinal);
        Assert.Equal("qd-183-thu", resolved[1].Target);
        Assert.Contains("without year", resolved[1].Warnings.Single(), StringComparison.Ordinal);
        Assert.Equal("nq-21-tw-2022", resolved[2].Target);
        Assert.Contains("disagree", resolved[2].Warnings.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_of_the_document_s_own_number_is_a_self_reference()
    {
        const string text = "Điều 1. Ban hành kèm theo Nghị định số 249/2025/NĐ-CP quy chế; Nghị định số 231/2025/NĐ-CP.";

        var resolved = new CitationResolver(InMemoryDirectiveLookup.Empty).Resolve(text, CitationExtractor.Extract(text), selfIdentity: "nd-249-cp-2025");

        Assert.Equal([CitationRelation.Self, CitationRelation.Cites], resolved.Select(r => r.Relation));
    }

    // Issue 16: an administrative number has no year, so only the attachment line ties it to the document.
    [Theory]
    [InlineData("QUY CHẾ (Kèm theo Quyết định số 2816/QĐ-UBND ngày 26/11/2025 của Ủy ban nhân dân tỉnh Nghệ An) và Quyết định số 2815/QĐ-UBND.")]
    [InlineData("Điều 1. Ban hành kèm theo Quyết định số 2816/QĐ-UBND Quy chế làm việc; Quyết định số 2815/QĐ-UBND.")]
    public void An_attachment_line_with_the_document_s_own_number_is_the_document(string text)
    {
        var resolved = new CitationResolver(InMemoryDirectiveLookup.Empty).Resolve(text, CitationExtractor.Extract(text), selfIdentity: "qd-2816-ubnd-2025");

        Assert.Equal([CitationRelation.Self, CitationRelation.Cites], resolved.Select(r => r.Relation));
    }

    [Fact]
    public void The_same_number_without_kem_theo_and_without_a_date_is_not_taken_for_the_document()
    {
        const string text = "Thực hiện Quyết định số 2816/QĐ-UBND của Ủy ban nhân dân tỉnh.";
        var resolved = new CitationResolver(InMemoryDirectiveLookup.Empty).Resolve(text, CitationExtractor.Extract(text), selfIdentity: "qd-2816-ubnd-2025");

        Assert.NotEqual(CitationRelation.Self, Assert.Single(resolved).Relation);
    }

    [Fact]
    public void Gives_relation_and_section()
    {
        var seed = CitationTestFiles.Seed("002");
        var lead = DirectiveSearch.Core.Citations.Relate.DocumentLeadLocator.Locate(seed.Text, seed.Sections);

        var resolved = new CitationResolver(InMemoryDirectiveLookup.Empty).Resolve(seed.Text, CitationExtractor.Extract(seed.Text), lead, seed.Sections);

        var first = resolved[0];
        Assert.Equal(CitationRelation.Implements, first.Relation);
        Assert.Null(first.SectionPath);
        var nq35 = resolved.Single(r => r.Citation.Symbol?.Text == "35-NQ/TW");
        Assert.Equal(CitationRelation.Cites, nq35.Relation);
        Assert.Equal("II.4", nq35.SectionPath);
    }

    private static string Describe(ResolvedCitation resolved) =>
        resolved.Target ?? (resolved.Candidates.Count > 0 ? "?" + string.Join('|', resolved.Candidates) : "-");

    // "kl-21-tw-2021@2021-10-25": a slug and, optionally, its date.
    private static IEnumerable<KnownDirective> Known(string entry)
    {
        var parts = entry.Split('@');
        var date = parts.Length > 1 ? DateOnly.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
        return InMemoryDirectiveLookup.Parse(parts[0], date);
    }
}
