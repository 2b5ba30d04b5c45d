using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Citations.Relate;

/// <summary>
/// What a document does to the force of a directive it names, the relations vbpl.vn's "lược đồ" shows:
/// amends ("Sửa đổi, bổ sung một số điều của Nghị định số 59/2017/NĐ-CP"), replaces ("Thông tư này thay thế
/// Thông tư số 324/2016/TT-BTC"), repeals ("Bãi bỏ Thông tư số 15/2024/TT-BCT"; "Các Thông tư sau đây hết
/// hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành: a) Thông tư số 288/2016/TT-BTC"), in part
/// when articles are named ("Bãi bỏ Chương X của Nghị định số 136/2025/NĐ-CP"), and details ("Nghị định này
/// quy định chi tiết thi hành Nghị quyết số 218/2025/QH15"; a title "Quy định chi tiết một số điều của Luật
/// ..."). The verb must be the document's own act: in its title, at the head of a clause ("2. Bãi bỏ ...",
/// "Điều 1. Sửa đổi ..."), or after the document naming itself ("Thông tư này thay thế"). A passive "đã được
/// sửa đổi, bổ sung bởi Thông tư số 39/2018/TT-BTC" tells the history of another text and is no act of this
/// one; "thay thế cụm từ" replaces words, which amends. Between the verb and the citation there may stand
/// only other citations it governs, joined as a list ("Nghị định này thay thế: a) Nghị định số 218/2013/NĐ-CP
/// ...; b) ..."); a directive named in the subject of another ("... Thông tư số 22/2014/TT-NHNN hướng dẫn
/// thực hiện ... theo Nghị định số 67/2014/NĐ-CP") is only cited.
/// </summary>
public static partial class LegalEffectReader
{
    /// <summary>How far back from a citation the governing verb may stand (a list of repealed decrees runs long).</summary>
    private const int MaxReach = 4000;

    /// <summary>The effect of the document on <paramref name="citation"/>, or null when it only names it.</summary>
    /// <param name="title">The document's title, whose verbs are the document's own acts, or null.</param>
    public static CitationRelation? Read(string text, ExtractedCitation citation, IReadOnlyList<ExtractedCitation> citations, TextSpan? title)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(citations);
        // State numbering only: Party plans "bổ sung Kết luận số 21-KL/TW vào Chương trình" and "hướng dẫn"
        // their subordinates in words these verbs share; their acts on force are not read yet.
        if (citation.Kind is not CitationKind.Symbol || citation.Symbol is not { IsState: true })
            return null;
        if (title is { } t && t.Contains(citation.Start))
            return Before(text, citation, citations, t.Start, inTitle: true);
        var scopeStart = ListStart(text, citation.Sentence.Start, Math.Max(0, citation.Start - MaxReach));
        return Before(text, citation, citations, scopeStart, inTitle: false) ?? Expiry(text, citation, scopeStart);
    }

    /// <summary>
    /// Where the sentence or list a citation stands in starts: a list item ("- Nghị định số ...", "b) ...") on a
    /// line of its own belongs to the line that opened the list with ":" ("Bãi bỏ các văn bản sau đây:").
    /// </summary>
    private static int ListStart(string text, int sentenceStart, int floor)
    {
        var start = LineStart(text, floor, Math.Min(sentenceStart + 1, text.Length));
        start = Math.Min(start, sentenceStart);
        while (start > floor && ItemLine().IsMatch(text.AsSpan(start, Math.Min(12, text.Length - start))))
        {
            var previousEnd = start - 1;
            var before = previousEnd - 1;
            while (before >= floor && text[before] is ' ' or '\t' or '\r')
                before--;
            if (before < floor || text[before] is not (':' or ';' or ',' or '.') )
                break;
            var previousStart = LineStart(text, floor, previousEnd);
            if (text[before] == '.' && !ItemLine().IsMatch(text.AsSpan(previousStart, Math.Min(12, text.Length - previousStart))))
                break;
            start = previousStart;
        }

        return start;
    }

    private static CitationRelation? Before(string text, ExtractedCitation citation, IReadOnlyList<ExtractedCitation> citations, int floor, bool inTitle)
    {
        // The nearest verb that is the document's own act: verbs in the subject of a directive listed before
        // this one ("2. Nghị định số 105/2006/NĐ-CP ... quy định chi tiết và hướng dẫn thi hành ...") are passed over.
        var verbs = EffectVerb().Matches(text[floor..citation.Start]);
        for (var v = verbs.Count - 1; v >= 0; v--)
        {
            var verb = verbs[v];
            var verbStart = floor + verb.Index;
            var verbEnd = verbStart + verb.Length;
            var passiveFrom = Math.Max(floor, verbStart - 24);
            if (Passive().IsMatch(text.AsSpan(passiveFrom, verbStart - passiveFrom)))
                continue;
            if (InSubjectOfEarlier(text, citations, floor, verbStart))
                continue;
            if (!inTitle && !HeadsClause(text, floor, verbStart))
                continue;
            if (!GovernsThrough(text, citation, citations, verbEnd))
                return null;

            // The citation's own item says whether a part or the whole is meant: "a) Điều 3, Điều 4 ... Nghị định số 160/2013/NĐ-CP".
            var itemStart = Math.Max(verbEnd, text.LastIndexOfAny([';', '\n', ':'], Math.Max(0, citation.Start - 1)) + 1);
            itemStart = Math.Min(itemStart, citation.Start);
            return Classify(verb.Value, text.AsSpan(itemStart, citation.Start - itemStart));
        }

        return null;
    }

    private static CitationRelation Classify(string verb, ReadOnlySpan<char> gap)
    {
        var folded = Text.DiacriticFolder.Fold(verb.ToLowerInvariant());
        var partial = PartOfText().IsMatch(gap);
        if (folded.StartsWith("sua doi", StringComparison.Ordinal) || folded.StartsWith("bo sung", StringComparison.Ordinal) || WordsOnly().IsMatch(gap))
            return CitationRelation.Amends;
        if (folded.StartsWith("thay the", StringComparison.Ordinal))
            return partial ? CitationRelation.Amends : CitationRelation.Replaces;
        if (folded.StartsWith("bai bo", StringComparison.Ordinal) || folded.Contains("het hieu luc", StringComparison.Ordinal))
            return partial ? CitationRelation.RepealsInPart : CitationRelation.Repeals;
        return CitationRelation.Details;
    }

    /// <summary>
    /// The verb follows another citation in the same clause: it is that directive's subject ("Nghị định số
    /// 289/2025/NĐ-CP ngày 06 tháng 11 năm 2025 của Chính phủ hướng dẫn thi hành ..."), not this document's act.
    /// </summary>
    private static bool InSubjectOfEarlier(string text, IReadOnlyList<ExtractedCitation> citations, int floor, int verbStart)
    {
        var earlier = citations.LastOrDefault(c => c.Kind != CitationKind.SelfReference && c.Start >= floor && c.End <= verbStart);
        if (earlier is null)
            return false;
        var between = text.AsSpan(earlier.End, verbStart - earlier.End);
        return between.IndexOfAny(';', '\n') < 0 && !ClauseJoin().IsMatch(between);
    }

    /// <summary>
    /// "Nghị định số 160/2013/NĐ-CP ... hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành": the verb
    /// after the citation, in the same clause, with the citation heading it.
    /// </summary>
    private static CitationRelation? Expiry(string text, ExtractedCitation citation, int scopeStart)
    {
        var clauseEnd = text.IndexOfAny([';', '\n'], citation.End);
        if (clauseEnd < 0)
            clauseEnd = text.Length;
        var after = text.AsSpan(citation.End, Math.Max(0, clauseEnd - citation.End));
        var match = ExpiresAfter().Match(after.ToString());
        if (!match.Success)
            return null;
        var lineStart = LineStart(text, scopeStart, citation.Start);
        var head = text.AsSpan(lineStart, citation.Start - lineStart);
        if (!ItemMark().IsMatch(head) && !HeadsClause(text, scopeStart, citation.Start))
        {
            // "2. Thông tư số 07/2017/TT-BLĐTBXH ngày ... quy định ..., Điều 2 Thông tư số 28/2022/TT-BLĐTBXH ... hết hiệu lực":
            // a later item of the clause's list, joined to a first that heads it.
            var joined = JoinedItem().Match(head.ToString());
            if (!joined.Success)
                return null;
            var first = text.AsSpan(lineStart, joined.Index);
            if (!FirstItemHeads().IsMatch(first))
                return null;
            return PartOfText().IsMatch(joined.Value) ? CitationRelation.RepealsInPart : CitationRelation.Repeals;
        }
        return PartOfText().IsMatch(head) ? CitationRelation.RepealsInPart : CitationRelation.Repeals;
    }

    /// <summary>
    /// The verb opens its clause: only numbering before it since the line or ";" ("2. ", "a) ", "Điều 1. "),
    /// or the document naming itself ("Thông tư này "), or a list head it belongs to ("Các Thông tư sau đây ").
    /// </summary>
    private static bool HeadsClause(string text, int floor, int position)
    {
        var start = LineStart(text, floor, position);
        var head = text.AsSpan(start, position - start);
        return ClauseHead().IsMatch(head);
    }

    private static int LineStart(string text, int floor, int position)
    {
        for (var i = position - 1; i >= floor; i--)
        {
            if (text[i] is '\n' or ';')
                return i + 1;
        }

        return floor;
    }

    /// <summary>
    /// Every citation between the verb and this one is an item of the same list: after each, up to the next,
    /// stand only its own date, body and subject, list marks and connectives. A subject that goes on to name
    /// another directive ("hướng dẫn thực hiện ... theo Nghị định số 67/2014/NĐ-CP") breaks the list.
    /// </summary>
    private static bool GovernsThrough(string text, ExtractedCitation citation, IReadOnlyList<ExtractedCitation> citations, int verbEnd)
    {
        var between = citations.Where(c => c.Start >= verbEnd && c.Start < citation.Start && c.Kind != CitationKind.SelfReference).OrderBy(c => c.Start).ToList();
        if (between.Count == 0)
            return !OtherAct().IsMatch(text.AsSpan(verbEnd, citation.Start - verbEnd));
        var previousEnd = between[0].End;
        foreach (var next in between.Skip(1).Append(citation))
        {
            var gap = text.AsSpan(previousEnd, Math.Max(0, next.Start - previousEnd));
            if (!ListGap(gap))
            {
                // A directive named in an earlier item's subject ("5. Nghị định số 119/2010/NĐ-CP ... sửa đổi, bổ
                // sung một số điều của Nghị định số 105/2006/NĐ-CP") is no item: the list goes on after it.
                if (next == citation)
                    return false;
                continue;
            }

            previousEnd = Math.Max(previousEnd, next.End);
        }

        return true;
    }

    // Between two items of a list: the first item's own tail ("ngày 02 tháng 3 năm 2018 của Bộ trưởng Bộ Giao
    // thông vận tải quy định ...") then a separator; no preposition that makes the next a part of the first.
    private static bool ListGap(ReadOnlySpan<char> gap)
    {
        if (gap.Length > 600)
            return false;
        var tailEnd = gap.LastIndexOfAny(';', '\n');
        if (tailEnd < 0)
        {
            // "Thông tư số A và Thông tư số B", "Thông tư số A, Thông tư số B": nothing but a connective.
            return ShortJoin().IsMatch(gap);
        }

        return ItemMark().IsMatch(gap[(tailEnd + 1)..]);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:sửa\s+đổi(?:\s*,\s*bổ\s+sung)?|bổ\s+sung|thay\s+thế|bãi\s+bỏ|hết\s+hiệu\s+lực(?:\s+thi\s+hành)?|quy\s+định\s+chi\s+tiết|hướng\s+dẫn)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EffectVerb();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:được|bị|đã|chưa|không|cần|đề\s+nghị|kiến\s+nghị|việc)\s*(?:được\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Passive();

    [GeneratedRegex(@"^[\s\-+*•]*(?:(?:Điều\s+\d+[a-zđ]?\s*[.:]\s*(?:[^\s]+\s+){0,8}?)?(?:\d+(?:\.\d+)*\s*[.)]\s*|[a-zđ]\s*\)\s*|[IVXLC]+\s*[.)]\s*)*)?(?:(?:(?:Nghị\s+định|Thông\s+tư(?:\s+liên\s+tịch)?|Quyết\s+định|Nghị\s+quyết(?:\s+liên\s+tịch)?|Luật|Bộ\s+luật|Pháp\s+lệnh|Lệnh|Chỉ\s+thị|Quy\s+định|Văn\s+bản)\s+này\s+(?:đồng\s+thời\s+|chính\s+thức\s+)?)|(?:(?:Các|Những)\s+[^\n;:]{0,80}?\s+sau\s+(?:đây\s+)?)|(?:Đồng\s+thời\s*,?\s*)|(?:(?:Nghị\s+định|Thông\s+tư|Quyết\s+định|Nghị\s+quyết|Luật|Pháp\s+lệnh)\s+này\s+có\s+hiệu\s+lực[^;\n]{0,100}?\s+và\s+)|(?:[^\n;]{0,160}?ban\s+hành\s+(?:Nghị\s+định|Thông\s+tư(?:\s+liên\s+tịch)?|Quyết\s+định|Nghị\s+quyết|Luật|Bộ\s+luật|Pháp\s+lệnh)\s+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseHead();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:điều|khoản|điểm|chương|mục|phần|phụ\s+lục|tiết|cụm\s+từ|từ\s+ngữ|nội\s+dung|quy\s+định\s+tại)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartOfText();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:cụm\s+từ|từ\s+ngữ)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordsOnly();

    // A verb of its own between the effect verb and the citation hands the citation to another act ("bãi bỏ ... do ... ban hành theo").
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:theo|căn\s+cứ|thực\s+hiện\s+theo|được\s+sửa\s+đổi|được\s+thay\s+thế|hướng\s+dẫn\s+thực\s+hiện)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherAct();

    // ", Điều 2 ", " và Điều 6 của ", " và ": the join of a later item, with the part of it named.
    [GeneratedRegex(@"(?:,|\s(?:và|hoặc))\s+(?:(?:các\s+)?(?:điều|khoản|điểm|chương|mục|phần|phụ\s+lục)(?![\p{L}\p{M}])[^,;]{0,60}?\s(?:của\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinedItem();

    // A first item heading its clause: numbering, then a citation's noun.
    [GeneratedRegex(@"^[\s\-+*•]*(?:(?:\d+(?:\.\d+)*\s*[.)]|[a-zđ]\s*\))\s*)?(?:Nghị\s+định|Thông\s+tư|Quyết\s+định|Nghị\s+quyết|Luật|Pháp\s+lệnh|Chỉ\s+thị|Thông\s+tư\s+liên\s+tịch)\s", RegexOptions.CultureInvariant)]
    private static partial Regex FirstItemHeads();

    // "Sửa đổi, bổ sung Thông tư số A và bãi bỏ Thông tư số B": a second act of the document joined to the first.
    [GeneratedRegex(@"^[^,]{0,3}?(?:,\s*)?(?:và|đồng\s+thời)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseJoin();

    [GeneratedRegex(@"^[\s\-+*•]*(?:\d+(?:\.\d+)*\s*[.)]|[a-zđ]\s*\)|[\-+*•])", RegexOptions.CultureInvariant)]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"^[\s,]*(?:(?:và|hoặc)\s+)?(?:các\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortJoin();

    // "b) ", "- ", "b) Khoản 2 Điều 5 của ": an item's mark, and the part of the directive it names.
    [GeneratedRegex(@"^[\s\-+*•]*(?:(?:\d+(?:\.\d+)*\s*[.)]|[a-zđ]\s*\))\s*)?(?:(?:và|đồng\s+thời)\s+)?(?:toàn\s+bộ\s+)?(?:(?:các\s+)?(?:điều|khoản|điểm|chương|mục|phần|phụ\s+lục|tiết|cụm\s+từ)(?![\p{L}\p{M}])[^;\n]{0,240}?\s(?:của|tại|ban\s+hành\s+kèm\s+theo|kèm\s+theo)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItemMark();

    [GeneratedRegex(@"^[^;]{0,800}?(?<![\p{L}\p{M}])(?<!(?:này|không|chưa|khi|nếu)\s)hết\s+hiệu\s+lực(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpiresAfter();
}
