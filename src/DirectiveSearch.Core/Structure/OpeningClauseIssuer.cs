using System.Text.RegularExpressions;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Finds the issuing body in the opening clause when the header was lost: the subject of the sentence
/// that issues the document. Seed 002: "Thực hiện Kế hoạch số 49-KH/TU, ngày 11/10/2021 của Ban Thường
/// vụ Tỉnh ủy, Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh ban hành Kế hoạch ..." →
/// "Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh". The subject runs back from the verb to
/// the previous clause boundary and must start with an organ word, which keeps out fragments such as
/// "tỉnh" or "các chi bộ".
/// </summary>
public static class OpeningClauseIssuer
{
    private const int MaxWords = 20;

    /// <summary>The opening clause of a long law is its preamble: issuing sentences come within this many paragraphs.</summary>
    private const int MaxParagraphs = 40;

    private static readonly Regex Verb = new(
        @"(?<![\p{L}\p{M}])(?:ban\s+hành|xây\s+dựng|triển\s+khai|đề\s+ra)\s+(?=(?<noun>[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,3}))",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // A plan cited by number ("triển khai Kế hoạch số 49-KH/TU") is not the plan being issued.
    private static readonly Regex CitedByNumber = new(
        @"\G\s*(?:số\s*)?\d", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex Organ = new(
        @"^(?:Ban|BTV|BCH|Đảng ủy|Đảng uỷ|Đảng đoàn|Đảng bộ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Thị ủy|Thị uỷ|Quận ủy|Quận uỷ|Chi bộ|Chi ủy|Chi uỷ|Ủy ban|Uỷ ban|UBND|HĐND|Bộ|Chính phủ|Thủ tướng|Quốc hội|Hội đồng|Văn phòng|Thường trực|Sở|Cục|Tổng cục|Viện|Tòa án|Toà án|Kiểm toán|Ngân hàng|Chủ tịch|Giám đốc)(?![\p{L}\p{M}])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly char[] Boundaries = [',', ';', '.', ':', '”', '"', ')', '»', '(', '“'];

    /// <summary>The issuer named in paragraphs [<paramref name="from"/>, <paramref name="to"/>), or null.</summary>
    public static string? Find(IReadOnlyList<Paragraph> paragraphs, int from, int to, DocumentType type)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(type);
        from = Math.Max(from, 0);
        to = Math.Min(Math.Min(to, paragraphs.Count), from + MaxParagraphs);
        if (from >= to)
            return null;

        // The clause is read as one text: a soft line break may cut it anywhere, even inside the subject
        // ("... Ban Thường vụ Đảng ủy Khối các cơ" / "quan tỉnh xây dựng Kế hoạch ...").
        var clause = string.Join('\n', Enumerable.Range(from, to - from).Select(i => paragraphs[i].Text));
        // First the sentence issuing this very type ("ban hành Kế hoạch"); failing that, one issuing any
        // type: a minister's circular often "ban hành Quy chế ..." that the circular carries.
        return FindIssuing(clause, type) ?? (type.Code.Length > 0 ? FindIssuing(clause, DocumentTypeCatalog.Unknown) : null);
    }

    private static string? FindIssuing(string clause, DocumentType type)
    {
        foreach (Match match in Verb.Matches(clause))
        {
            var noun = match.Groups["noun"];
            var nameLength = NameLength(noun.Value.Replace('\n', ' '), type);
            if (nameLength == 0 || CitedByNumber.Match(clause, noun.Index + nameLength).Success)
                continue;
            var subject = SubjectBefore(clause, match.Index);
            if (subject is not null)
                return subject;
        }

        return null;
    }

    // "Kế hoạch" for a plan, any catalog name when the type is unknown; the noun group holds the next
    // few words ("Thông tư công bố ...", "Luật Cảnh vệ"), which must begin with the name. Returns the
    // length of the name found there, 0 when none.
    private static int NameLength(string words, DocumentType type)
    {
        if (type.Code.Length > 0)
            return StartsWithName(words, type.Name) ? type.Name.Length : 0;
        var found = DocumentTypeCatalog.All.FirstOrDefault(t => StartsWithName(words, t.Name));
        return found?.Name.Length ?? 0;
    }

    private static bool StartsWithName(string words, string name) =>
        words.StartsWith(name, StringComparison.OrdinalIgnoreCase)
        && (words.Length == name.Length || words[name.Length] == ' ');

    // The subject runs back to the previous clause boundary. A paragraph break is a boundary too, unless
    // the text after it does not start with an organ while the text across it does (a soft line break).
    private static string? SubjectBefore(string clause, int verbIndex)
    {
        var boundary = clause.LastIndexOfAny(Boundaries, Math.Max(verbIndex - 1, 0));
        var lineBreak = clause.LastIndexOf('\n', Math.Max(verbIndex - 1, 0));
        if (lineBreak > boundary && Subject(clause, lineBreak, verbIndex) is { } onThisLine)
            return onThisLine;
        return Subject(clause, boundary, verbIndex);
    }

    private static string? Subject(string clause, int boundary, int verbIndex)
    {
        var subject = clause[(boundary + 1)..verbIndex].Replace('\n', ' ').Trim();
        if (subject.Length == 0 || !Organ.IsMatch(subject))
            return null;
        return subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords ? subject : null;
    }
}
