using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Citations.Relate;

/// <summary>
/// What a document does with each directive it cites. A directive in the title is implemented (seed 004:
/// "KẾ HOẠCH thực hiện Kết luận số 21-KL/TW ..."). In the opening clause, a clause or paragraph that starts
/// with "Căn cứ" gives the legal basis ("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;"), and one that says
/// "Thực hiện"/"Triển khai" before the citation implements it, nested ones included (seed 003: "Thực hiện
/// Nghị quyết số 21-KL/TW ...; Kế hoạch số 43-KH/TU ... về việc thực hiện Nghị quyết ..."). Everything else
/// is a mention, "Căn cứ Kết luận số 01-KL/TW và Kế hoạch này, các đảng ủy ... xây dựng kế hoạch" in a
/// body section (seed 002) included: that sentence tells subordinate committees what to base their plans on,
/// it is not the document's own basis.
/// </summary>
public static partial class CitationRelationClassifier
{
    private const int MaxLookBack = 3000;

    public static CitationRelation Classify(string text, ExtractedCitation citation, DocumentLead lead)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(lead);
        if (citation.Kind == CitationKind.SelfReference)
            return CitationRelation.Self;
        if (lead.Title is { } title && title.Contains(citation.Start))
            return CitationRelation.Implements;
        if (lead.Opening is not { } opening || !opening.Contains(citation.Start))
            return CitationRelation.Cites;

        var floor = Math.Max(opening.Start, citation.Start - MaxLookBack);
        var paragraphStart = ParagraphStart(text, floor, citation.Start);
        var clauseStart = citation.Start > paragraphStart
            ? Math.Max(paragraphStart, text.LastIndexOf(';', citation.Start - 1, citation.Start - paragraphStart) + 1)
            : paragraphStart;
        var clause = text.AsSpan(clauseStart, citation.Start - clauseStart);
        var paragraph = text.AsSpan(paragraphStart, citation.Start - paragraphStart);

        if (BasisOpener().IsMatch(clause))
            return CitationRelation.Basis;
        if (BasisOpener().IsMatch(paragraph) && !ImplementsOpener().IsMatch(clause))
            return CitationRelation.Basis;
        return ImplementsVerb().IsMatch(paragraph) ? CitationRelation.Implements : CitationRelation.Cites;
    }

    /// <summary>The relation of every citation, in order.</summary>
    public static IReadOnlyList<CitationRelation> ClassifyAll(string text, IReadOnlyList<ExtractedCitation> citations, DocumentLead lead)
    {
        ArgumentNullException.ThrowIfNull(citations);
        return [.. citations.Select(c => Classify(text, c, lead))];
    }

    // A paragraph starts after a line break that is not a soft one (a soft break runs into lower case).
    private static int ParagraphStart(string text, int floor, int position)
    {
        for (var i = position - 1; i >= floor; i--)
        {
            if (text[i] == '\n' && !(i + 1 < text.Length && char.IsLower(text[i + 1])))
                return i + 1;
        }

        return floor;
    }

    [GeneratedRegex(@"^[\s\-+*•]*căn\s+cứ(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BasisOpener();

    [GeneratedRegex(@"^[\s\-+*•]*(?:thực\s+hiện|triển\s+khai)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImplementsOpener();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:thực\s+hiện|triển\s+khai|cụ\s+thể\s+hoá|cụ\s+thể\s+hóa)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImplementsVerb();
}
