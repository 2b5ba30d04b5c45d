using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Citations.Relate;

/// <summary>
/// Locates a document's title and opening clause in its normalized text, with the structure parser's own
/// rules: the title is what <see cref="TitleExtractor"/> reads under the type line; the opening clause runs
/// from there to the first section. A document without sections (a short letter) has as opening its first
/// body paragraph and the paragraphs after it that also open with "Căn cứ", "Thực hiện", "Theo" ...
/// </summary>
public static class DocumentLeadLocator
{
    public static DocumentLead Locate(string text, IReadOnlyList<Section> sections)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sections);
        var paragraphs = ParagraphSplitter.Split(text);
        var bodyLimit = sections.Count > 0 ? sections[0].Start : text.Length;

        TextSpan? title = null;
        int bodyStart;
        if (TypeLineFinder.Find(paragraphs) is { } typeLine)
        {
            var (_, end) = TitleExtractor.Extract(paragraphs, typeLine);
            title = TitleSpan(paragraphs, typeLine, end);
            bodyStart = end;
        }
        else
        {
            bodyStart = TypeLineFinder.FirstBodyParagraph(paragraphs, TypeLineFinder.SearchLimit);
        }

        if (bodyStart >= paragraphs.Count || paragraphs[bodyStart].Start >= bodyLimit)
            return new DocumentLead(title, null);

        var openingEnd = sections.Count > 0 ? LastEndBefore(paragraphs, bodyStart, bodyLimit) : OpenerRunEnd(paragraphs, bodyStart);
        return new DocumentLead(title, new TextSpan(paragraphs[bodyStart].Start, openingEnd));
    }

    // From the type line's remainder ("KẾ HOẠCH thực hiện ...") or the next paragraph, to the last paragraph
    // of the title that is not a rule ("-----", seed 001).
    private static TextSpan? TitleSpan(IReadOnlyList<Paragraph> paragraphs, TypeLine typeLine, int end)
    {
        var line = paragraphs[typeLine.Index];
        var start = typeLine.Remainder.Length > 0 ? line.End - typeLine.Remainder.Length : -1;
        var last = -1;
        for (var i = typeLine.Index + 1; i < end; i++)
        {
            if (CapitalLine.IsDecoration(paragraphs[i].Text) || paragraphs[i].Text.StartsWith("---", StringComparison.Ordinal))
                continue;
            if (start < 0)
                start = paragraphs[i].Start;
            last = i;
        }

        if (start < 0)
            return null;
        return new TextSpan(start, last >= 0 ? paragraphs[last].End : line.End);
    }

    private static int LastEndBefore(IReadOnlyList<Paragraph> paragraphs, int from, int limit)
    {
        var end = paragraphs[from].End;
        for (var i = from + 1; i < paragraphs.Count && paragraphs[i].Start < limit; i++)
            end = paragraphs[i].End;
        return Math.Min(end, limit);
    }

    private static int OpenerRunEnd(IReadOnlyList<Paragraph> paragraphs, int from)
    {
        var end = paragraphs[from].End;
        for (var i = from + 1; i < paragraphs.Count && OpeningClause.IsOpener(paragraphs[i].Text); i++)
            end = paragraphs[i].End;
        return end;
    }
}
