namespace DirectiveSearch.Core.Citations.Extract;

/// <summary>
/// Sentence boundaries of a normalized text, found once in linear time. A sentence ends at ".", "!" or "?"
/// before a space, and at a line break, except a line break before a lower-case letter: that is a soft break
/// inside a title or a sentence cut by a page (seed 000: "của cán bộ, đảng viên, đoàn" / "viên công đoàn").
/// The dots of a leading number ("1.1.", "II.") end nothing.
/// </summary>
internal sealed class SentenceIndex
{
    private const int MaxNumberingLength = 12;
    private readonly string text;
    private readonly List<int> ends;

    private SentenceIndex(string text, List<int> ends)
    {
        this.text = text;
        this.ends = ends;
    }

    public static SentenceIndex Build(string text)
    {
        var ends = new List<int>();
        var paragraphStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (i + 1 < text.Length && char.IsLower(text[i + 1]))
                    continue;
                ends.Add(i);
                paragraphStart = i + 1;
            }
            else if (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !IsNumbering(text, paragraphStart, i))
            {
                ends.Add(i + 1);
            }
        }

        ends.Add(text.Length);
        return new SentenceIndex(text, ends);
    }

    /// <summary>The sentence holding <paramref name="position"/>, without its leading spaces.</summary>
    public TextSpan At(int position)
    {
        // Ends are exclusive: a position equal to an end starts the next sentence.
        var index = ends.BinarySearch(position);
        var at = Math.Min(index >= 0 ? index + 1 : ~index, ends.Count - 1);
        var start = at == 0 ? 0 : ends[at - 1];
        while (start < ends[at] && char.IsWhiteSpace(text[start]))
            start++;
        return new TextSpan(start, ends[at]);
    }

    private static bool IsNumbering(string text, int paragraphStart, int dot)
    {
        if (dot - paragraphStart > MaxNumberingLength)
            return false;
        for (var i = paragraphStart; i < dot; i++)
        {
            var c = text[i];
            if (!(char.IsDigit(c) || c is '.' or 'I' or 'V' or 'X' or 'L' or ')' or '-' || char.IsLower(c) && dot - paragraphStart == 1))
                return false;
        }

        return true;
    }
}
