namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Finds the type line ("KẾ HOẠCH", "NGHỊ ĐỊNH", "LUẬT") near the top of a document. The search stops at
/// the first sign of the body (an opening clause, a numbered heading, "Nơi nhận"), so a capital
/// "QUYẾT ĐỊNH" or "KẾ HOẠCH" further down is never taken for it.
/// </summary>
public static class TypeLineFinder
{
    /// <summary>How far down a type line may sit: web page remnants and long headers come first in some files.</summary>
    public const int SearchLimit = 60;

    public static TypeLine? Find(IReadOnlyList<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var limit = Math.Min(paragraphs.Count, SearchLimit);
        for (var i = 0; i < limit; i++)
        {
            var text = paragraphs[i].Text;
            if (IsBodyStart(text))
                return null;
            if (DocumentTypeCatalog.TryMatchTypeLine(text, out var type, out var remainder))
                return new TypeLine(i, type, remainder);
        }

        return null;
    }

    /// <summary>
    /// The index of the first paragraph that belongs to the body, looking no further than
    /// <paramref name="limit"/> paragraphs: where a header without a type line must end.
    /// </summary>
    public static int FirstBodyParagraph(IReadOnlyList<Paragraph> paragraphs, int limit)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var end = Math.Min(paragraphs.Count, limit);
        for (var i = 0; i < end; i++)
        {
            if (IsBodyStart(paragraphs[i].Text))
                return i;
        }

        return end;
    }

    private static bool IsBodyStart(string text) =>
        OpeningClause.IsOpener(text)
        || HeadingClassifier.Classify(text) is not null
        || EndBlockLine.Classify(text) == EndBlockLineKind.RecipientsHeader;
}
