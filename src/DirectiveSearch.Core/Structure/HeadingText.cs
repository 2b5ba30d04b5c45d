namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Makes a section heading out of the text after its number. Many items are whole paragraphs
/// (seed 003: "1. Nhằm nâng cao nhận thức cho các cấp ủy, ... củng cố niềm tin của Nhân dân đối với
/// Đảng."), so a long text is cut at its first colon or sentence end ("Các đồng chí Ủy viên Ban Thường vụ
/// Đảng ủy, ...: Có trách nhiệm ...") or else at a word boundary near <see cref="MaxLength"/>.
/// </summary>
public static class HeadingText
{
    public const int MaxLength = 120;

    /// <summary>A sentence may run a little past <see cref="MaxLength"/> before a word cut is preferred.</summary>
    private const int MaxSentenceLength = 160;

    private static readonly char[] TrailingPunctuation = ['.', ':', ';', ',', '…', ' '];

    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length <= MaxLength)
            return TrimEnd(trimmed);

        var cut = FirstBreak(trimmed);
        // A heading line a little over the limit with no sentence break in it is kept whole (seed 000:
        // "Tuyên truyền, phổ biến ... khóa XIII đến người lao động", 133 characters).
        if (cut < 0 && trimmed.Length <= MaxSentenceLength)
            return TrimEnd(trimmed);
        if (cut < 0)
        {
            cut = trimmed.LastIndexOf(' ', MaxLength);
            if (cut <= 0)
                cut = MaxLength;
        }

        return TrimEnd(trimmed[..cut]);
    }

    // The first ':' or sentence end ('.', '?', '!' followed by a space and a capital) within reach.
    // Very short prefixes ("TP." in "TP. Hồ Chí Minh") are not sentences.
    private static int FirstBreak(string text)
    {
        var limit = Math.Min(text.Length - 1, MaxSentenceLength);
        for (var i = 3; i < limit; i++)
        {
            var c = text[i];
            if (c == ':' && i <= MaxLength)
                return i;
            if (c is '.' or '?' or '!' && i >= 20 && text[i + 1] == ' ' && i + 2 < text.Length && char.IsUpper(text[i + 2]))
                return i;
        }

        return -1;
    }

    private static string TrimEnd(string text) => text.TrimEnd(TrailingPunctuation);
}
