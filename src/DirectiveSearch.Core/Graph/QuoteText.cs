using System.Text;
using DirectiveSearch.Core.Citations;

namespace DirectiveSearch.Core.Graph;

/// <summary>
/// A sentence as a report pastes it: on one line (the line breaks of a title or a wrapped paragraph become spaces),
/// without the list marker it opened with ("- ", "+ ", "• "), runs of spaces made one; and the spans of the
/// words marked in it, moved to where they stand in the cleaned text.
/// </summary>
public static class QuoteText
{
    private const string ListMarkers = "-–—+•*·";

    /// <param name="text">The document's text.</param>
    /// <param name="sentence">The sentence's span in <paramref name="text"/>.</param>
    /// <param name="marks">Spans of <paramref name="text"/> to mark; those outside the sentence, or overlapping one kept, are left out.</param>
    public static (string Text, IReadOnlyList<TextSpan> Marks) Clean(string text, TextSpan sentence, IEnumerable<TextSpan> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var start = Math.Clamp(sentence.Start, 0, text.Length);
        var end = Math.Clamp(sentence.End, start, text.Length);
        start = SkipListMarkers(text, start, end);

        // Where each character of the sentence lands in the cleaned text (a collapsed space lands on the one kept).
        var builder = new StringBuilder(end - start);
        var at = new int[end - start + 1];
        var pendingSpace = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                at[i - start] = builder.Length;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            at[i - start] = builder.Length;
            builder.Append(c);
        }

        at[end - start] = builder.Length;
        var kept = new List<TextSpan>();
        foreach (var mark in marks.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (mark.Start < start || mark.End > end || mark.End <= mark.Start)
                continue;
            var moved = new TextSpan(at[mark.Start - start], End(at, mark.End - start, text, start));
            if (moved.Length <= 0 || (kept.Count > 0 && moved.Start < kept[^1].End))
                continue;
            kept.Add(moved);
        }

        return (builder.ToString(), kept);
    }

    /// <summary>The cleaned text alone.</summary>
    public static string Clean(string text, TextSpan sentence) => Clean(text, sentence, []).Text;

    /// <summary>"- ", "+ ", "• " (and repeats: "- + ") at the start of the sentence.</summary>
    private static int SkipListMarkers(string text, int start, int end)
    {
        var i = start;
        while (true)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
                i++;
            if (i + 1 < end && ListMarkers.Contains(text[i], StringComparison.Ordinal) && char.IsWhiteSpace(text[i + 1]))
            {
                i += 2;
                continue;
            }

            return i;
        }
    }

    /// <summary>A mark's end in the cleaned text: after its last non-space character (a trailing space is not marked).</summary>
    private static int End(int[] at, int relativeEnd, string text, int start)
    {
        var last = relativeEnd - 1;
        while (last > 0 && char.IsWhiteSpace(text[start + last]))
            last--;
        return at[last] + 1;
    }
}
