using System.Text.RegularExpressions;
using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Citations.Relate;

/// <summary>
/// What a document does with each directive it cites. A directive in the title is implemented, unless the title
/// amends or repeals it ("Sửa đổi, bổ sung ... Thông tư số 43/2025/TT-BCT"; seed 004: "KẾ HOẠCH thực hiện Kết
/// luận số 21-KL/TW ..." implements). In the opening clause, every item of a list that starts with "Căn cứ" is
/// legal basis ("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;"), every item of one that starts with "Thực
/// hiện"/"Triển khai" implements, nested ones included, nested ones included (seed 003: "Thực hiện
/// Nghị quyết số 21-KL/TW ...; Kế hoạch số 43-KH/TU ... về việc thực hiện Nghị quyết ..."). Everything else
/// is a mention, "Căn cứ Kết luận số 01-KL/TW và Kế hoạch này, các đảng ủy ... xây dựng kế hoạch" in a
/// body section (seed 002) included: that sentence tells subordinate committees what to base their plans on,
/// it is not the document's own basis.
/// </summary>
public static partial class CitationRelationClassifier
{
    private const int MaxLookBack = 3000;

    public static CitationRelation Classify(string text, ExtractedCitation citation, DocumentLead lead) => Classify(text, citation, lead, [citation]);

    /// <param name="citations">All the document's citations: an act on force ("Bãi bỏ ...") governs a list of them (<see cref="LegalEffectReader"/>).</param>
    public static CitationRelation Classify(string text, ExtractedCitation citation, DocumentLead lead, IReadOnlyList<ExtractedCitation> citations)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(citations);
        if (citation.Kind == CitationKind.SelfReference)
            return CitationRelation.Self;
        if (lead.Title is { } title && title.Contains(citation.Start))
        {
            if (LegalEffectReader.Read(text, citation, citations, title) is { } act)
                return act;
            return AmendsBefore(text, title.Start, citation.Start) ? CitationRelation.Cites : CitationRelation.Implements;
        }

        if (lead.Opening is not { } opening || !opening.Contains(citation.Start))
            return LegalEffectReader.Read(text, citation, citations, null) ?? CitationRelation.Cites;

        var floor = Math.Max(opening.Start, citation.Start - MaxLookBack);
        var itemStart = ItemStart(text, floor, citation.Start);
        var item = text.AsSpan(itemStart, citation.Start - itemStart);
        var listed = OpenerOfList(text, floor, itemStart);
        if (listed == CitationRelation.Basis && BasisOpener().IsMatch(item))
            return CitationRelation.Basis;
        // "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 59/2017/NĐ-CP."
        if (LegalEffectReader.Read(text, citation, citations, null) is { } effect)
            return effect;
        if (listed is { } other)
            return other;
        return ImplementsVerb().IsMatch(item) ? CitationRelation.Implements : CitationRelation.Cites;
    }

    // "Sửa đổi, bổ sung một số điều của Thông tư số 43/2025/TT-BCT", "Bãi bỏ Thông tư số 19/2003/TT-BTC": a title
    // that amends or repeals a document names it without implementing it.
    private static bool AmendsBefore(string text, int titleStart, int citationStart) =>
        AmendingVerb().IsMatch(text.AsSpan(titleStart, citationStart - titleStart));

    /// <summary>
    /// The relation the list a citation stands in opens with: the item's own opener, or else that of the
    /// nearest item before it in the same sentence. "Thực hiện Chỉ thị số 50-CT/TW ...; Quy định số 339-QĐ/TW
    /// ...; Hướng dẫn số 42-HD/BTCTW ..." implements all three; "Xét Tờ trình ...; Báo cáo thẩm tra ..." cites
    /// both; "Căn cứ Luật ... được sửa đổi, bổ sung bởi Luật số 87/2025/QH15" is basis for both laws. Null when
    /// no item up to the sentence's start opens with a relation word.
    /// </summary>
    private static CitationRelation? OpenerOfList(string text, int floor, int itemStart)
    {
        var start = itemStart;
        while (true)
        {
            var opener = OpenerOf(text.AsSpan(start));
            if (opener is not null)
                return opener;
            if (start <= floor || !IsListBoundary(text, start))
                return null;
            start = ItemStart(text, floor, PreviousItemEnd(text, start));
        }
    }

    private static CitationRelation? OpenerOf(ReadOnlySpan<char> item)
    {
        if (BasisOpener().IsMatch(item))
            return CitationRelation.Basis;
        if (ImplementsOpener().IsMatch(item))
            return CitationRelation.Implements;
        return MentionOpener().IsMatch(item) ? CitationRelation.Cites : null;
    }

    /// <summary>
    /// Where the list item holding <paramref name="position"/> starts: after the ";" before it, or after a
    /// line break that ends an item (the line before closes with ";", ":" or ".", or this line opens with a
    /// relation word or a bullet). Other line breaks are the wrapping of one item by a narrow column, an
    /// e-mail or a PDF ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi," /
    /// "Luật số 87/2025/QH15;"), so the item goes on across them.
    /// </summary>
    private static int ItemStart(string text, int floor, int position)
    {
        for (var i = position - 1; i >= floor; i--)
        {
            var c = text[i];
            if (c == ';')
                return i + 1;
            if (c == '\n' && EndsItem(text, i))
                return i + 1;
        }

        return floor;
    }

    private static bool EndsItem(string text, int newline)
    {
        var before = newline - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\r')
            before--;
        if (before < 0 || text[before] is '.' or ':' or ';' or '\n')
            return true;
        // A relation word is within the line's first words: no need to look further (or to copy the rest of the text).
        var next = text.AsSpan(newline + 1, Math.Min(text.Length - newline - 1, 40)).TrimStart();
        return next.Length > 0 && (next[0] is '-' or '+' or '•' || OpenerOf(next) is not null || OpeningClause.IsOpener(next.ToString()));
    }

    // An item that starts after a ";" (or a line that ended with one) belongs to the same list as the one before.
    private static bool IsListBoundary(string text, int itemStart)
    {
        var i = itemStart - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
            i--;
        return i >= 0 && text[i] == ';';
    }

    private static int PreviousItemEnd(string text, int itemStart)
    {
        var i = itemStart - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
            i--;
        return Math.Max(i, 0);
    }

    /// <summary>The relation of every citation, in order.</summary>
    public static IReadOnlyList<CitationRelation> ClassifyAll(string text, IReadOnlyList<ExtractedCitation> citations, DocumentLead lead)
    {
        ArgumentNullException.ThrowIfNull(citations);
        return [.. citations.Select(c => Classify(text, c, lead, citations))];
    }

    [GeneratedRegex(@"^[\s\-+*•]*căn\s+cứ(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BasisOpener();

    [GeneratedRegex(@"^[\s\-+*•]*(?:(?:để|nhằm)\s+)?(?:tiếp\s+tục\s+)?(?:thực\s+hiện|triển\s+khai|thi\s+hành|quán\s+triệt)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImplementsOpener();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:sửa\s+đổi|bổ\s+sung|bãi\s+bỏ|thay\s+thế|đính\s+chính|công\s+bố|ngưng\s+hiệu\s+lực|hợp\s+nhất)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmendingVerb();

    [GeneratedRegex(@"^[\s\-+*•]*(?:xét|theo|trên\s+cơ\s+sở|sau\s+khi|qua)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentionOpener();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:thực\s+hiện|triển\s+khai|cụ\s+thể\s+hoá|cụ\s+thể\s+hóa)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImplementsVerb();
}
