using System.Text;
using DirectiveSearch.Core.Citations;

namespace DirectiveSearch.Core.Graph;

/// <summary>
/// The sentences of the corpus that cite a directive, each with a citation of the citing document that a
/// report writer can paste ("Kế hoạch số 62-KH/ĐUK, ngày 15/8/2022 của Ban Thường vụ Đảng ủy Khối các cơ quan
/// tỉnh, mục II.1"), and their export as CSV.
/// </summary>
public sealed class QuoteFinder
{
    private static readonly string[] CsvHeader = ["document_id", "section", "relation", "citation", "sentence"];

    /// <summary>What a Vietnamese spreadsheet user reads as the header, in the order of <see cref="CsvHeader"/>.</summary>
    private static readonly string[] VietnameseCsvHeader = ["Mã văn bản", "Mục", "Quan hệ", "Văn bản trích dẫn", "Câu trích dẫn"];

    private readonly KnowledgeBase knowledge;

    public QuoteFinder(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        this.knowledge = knowledge;
    }

    /// <summary>
    /// Every sentence citing <paramref name="directiveId"/> (a corpus document id stands for its identity), once
    /// per sentence with the strongest relation it states, by document id and then text order. A document's
    /// mentions of itself are left out.
    /// </summary>
    public IReadOnlyList<Quote> For(string directiveId)
    {
        ArgumentNullException.ThrowIfNull(directiveId);
        var id = knowledge.Directive(directiveId) is null && knowledge.IdentityOf(directiveId) is { } identity ? identity : directiveId;
        var quotes = new List<Quote>();
        foreach (var document in knowledge.Citations)
        {
            if (document.Identity == id)
                continue;
            var record = knowledge.Document(document.DocumentId);
            var sentences = document.Citations
                .Where(c => c.Target == id && !c.IsSelf)
                .GroupBy(c => c.Citation.Sentence)
                .OrderBy(g => g.Key.Start)
                .ThenBy(g => g.Key.End);
            foreach (var sentence in sentences)
            {
                var strongest = sentence.OrderBy(c => GraphRelation.Strength(GraphRelation.Of(c.Relation)!)).First();
                var section = sentence.Select(c => c.SectionPath).FirstOrDefault(p => p is not null);
                var (text, marks) = record is null ? (string.Empty, []) : QuoteText.Clean(record.Text, sentence.Key, sentence.SelectMany(MarkedWords));
                quotes.Add(new Quote(
                    document.DocumentId,
                    section,
                    text,
                    record is null ? document.DocumentId : CitationText.Of(record, section),
                    GraphRelation.Of(strongest.Relation)!,
                    sentence.Key) { Marks = marks });
            }
        }

        return quotes;
    }

    /// <summary>The words naming the directive: the citation's own, and the meeting's name when a meeting's document is meant.</summary>
    private static IEnumerable<TextSpan> MarkedWords(ResolvedCitation citation) =>
        citation.Citation.Meeting is { } meeting ? [citation.Citation.Span, meeting.Span] : [citation.Citation.Span];

    /// <summary>
    /// RFC 4180 CSV: a header row, CRLF between records, fields holding a comma, quote, line break or outer
    /// space quoted with quotes doubled. A field that a spreadsheet would take for a formula (OWASP's rule: one starting
    /// with '=', '+', '-', '@', a tab or a carriage return) is prefixed with an apostrophe, so that a sentence such as
    /// <c>=HYPERLINK("http://...")</c> opens as text. The string carries no byte order mark; <see cref="WriteCsv"/> writes one.
    /// </summary>
    /// <param name="language">
    /// <see cref="QuoteCsvLanguage.English"/>: the header is the JSON's field names and relations are as in JSON;
    /// <see cref="QuoteCsvLanguage.Vietnamese"/>: both in Vietnamese ("Câu trích dẫn", "thực hiện"), for people.
    /// </param>
    public static string ToCsv(IEnumerable<Quote> quotes, QuoteCsvLanguage language = QuoteCsvLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var vietnamese = language == QuoteCsvLanguage.Vietnamese;
        var csv = new StringBuilder();
        AppendRow(csv, vietnamese ? VietnameseCsvHeader : CsvHeader);
        foreach (var quote in quotes)
        {
            var relation = vietnamese ? RelationWords.Vietnamese(quote.Relation) : quote.Relation;
            AppendRow(csv, [quote.DocumentId, quote.SectionPath ?? string.Empty, relation, quote.Citation, quote.Sentence]);
        }

        return csv.ToString();
    }

    /// <summary>
    /// <see cref="ToCsv"/> as UTF-8 with a byte order mark: without it Excel reads the file in the machine's
    /// ANSI code page and "Kết luận" turns into "Káº¿t luáº­n".
    /// </summary>
    public static void WriteCsv(IEnumerable<Quote> quotes, Stream stream, QuoteCsvLanguage language = QuoteCsvLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var csv = ToCsv(quotes, language);
        stream.Write(Encoding.UTF8.Preamble);
        stream.Write(Encoding.UTF8.GetBytes(csv));
    }


    private static void AppendRow(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                csv.Append(',');
            var field = Neutralized(fields[i]);
            var quote = field.Length > 0 && (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]));
            if (quote)
                csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else
                csv.Append(field);
        }

        csv.Append("\r\n");
    }

    private static string Neutralized(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + field : field;
}
