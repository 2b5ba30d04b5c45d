using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Tests.Documents;

public sealed class PassageSplitterTests
{
    [Fact]
    public void A_short_article_is_one_passage_with_its_clauses_and_a_long_one_is_cut_at_its_clauses()
    {
        var shortArticle = "Điều 1. Phạm vi\n1. Luật này quy định về tổ chức.\n2. Luật này áp dụng với cơ quan.";
        var longClause = "1. " + string.Join(' ', Enumerable.Repeat("Cơ quan nhà nước thực hiện nhiệm vụ theo quy định.", 30));
        var longArticle = "Điều 2. Nhiệm vụ\n" + longClause + "\n2. Báo cáo định kỳ.";
        var text = "LUẬT\n" + shortArticle + "\n" + longArticle;
        var first = text.IndexOf("Điều 1", StringComparison.Ordinal);
        var second = text.IndexOf("Điều 2", StringComparison.Ordinal);
        var secondClause2 = text.IndexOf("2. Báo cáo", StringComparison.Ordinal);
        Section Clause(string path, string marker, int from, int to) => new(path, marker, text.IndexOf(marker, from, StringComparison.Ordinal), to, []);
        var sections = new List<Section>
        {
            new("Điều 1", "Phạm vi", first, second - 1,
            [
                Clause("Điều 1/1", "1. Luật này quy định", first, text.IndexOf("\n2. Luật", StringComparison.Ordinal)),
                Clause("Điều 1/2", "2. Luật này áp dụng", first, second - 1),
            ]),
            new("Điều 2", "Nhiệm vụ", second, text.Length,
            [
                Clause("Điều 2/1", "1. Cơ quan", second, secondClause2 - 1),
                Clause("Điều 2/2", "2. Báo cáo", second, text.Length),
            ]),
        };
        var record = new DocumentRecord("luat", [], new DocumentType("L", "Luật"), null, "LUẬT", null, null, null, sections, [], null, text);

        var passages = PassageSplitter.Split(record);

        Assert.Equal(["", "Điều 1", "Điều 2", "Điều 2/1", "Điều 2/2"], passages.Select(p => p.Path));
        var article1 = passages[1];
        Assert.Equal(shortArticle, text[article1.Start..article1.End].TrimEnd('\n'));
        Assert.Equal("Điều 2. Nhiệm vụ", text[passages[2].Start..passages[2].End].TrimEnd('\n'));
        // Every character is in one passage, in order.
        Assert.All(passages.Zip(passages.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
        Assert.Equal(text.Length, passages[^1].End);
    }
}
