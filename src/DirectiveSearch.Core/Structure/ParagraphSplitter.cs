namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Cuts normalized text (paragraphs joined by '\n') into paragraphs with their offsets. The
/// pipeline already trims and drops empty paragraphs; this stays defensive so that text from any
/// other source still yields offsets that point at visible characters.
/// </summary>
public static class ParagraphSplitter
{
    public static IReadOnlyList<Paragraph> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<Paragraph>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.Length;

            var start = lineStart;
            var end = lineEnd;
            while (start < end && char.IsWhiteSpace(text[start]))
                start++;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
                end--;
            if (end > start)
                paragraphs.Add(new Paragraph(paragraphs.Count, start, end, text[start..end]));

            lineStart = lineEnd + 1;
        }

        return paragraphs;
    }
}
