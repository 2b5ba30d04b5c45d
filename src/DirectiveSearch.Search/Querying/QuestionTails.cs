namespace DirectiveSearch.Search.Querying;

/// <summary>
/// The endings that make a statement a question ("…, đúng hay sai?", "… là gì?", "… có được không?"). They say
/// nothing about the subject and are in nearly every question, so a question is matched without them.
/// </summary>
internal static class QuestionTails
{
    /// <summary>Folded syllables of each tail, longest first so "co duoc khong" goes before "khong".</summary>
    private static readonly string[][] Tails =
    [
        ["dung", "hay", "sai"],
        ["co", "duoc", "khong"],
        ["nhu", "the", "nao"],
        ["hay", "khong"],
        ["la", "gi"],
        ["khong"],
    ];

    /// <summary>How many of the last folded syllables are question tails (repeated tails too: "…, có được không, đúng hay sai").</summary>
    public static int Count(IReadOnlyList<string> folded)
    {
        var end = folded.Count;
        var removed = true;
        while (removed)
        {
            removed = false;
            foreach (var tail in Tails)
            {
                if (end - tail.Length < 1 || !EndsWith(folded, end, tail))
                    continue;
                end -= tail.Length;
                removed = true;
                break;
            }
        }

        return folded.Count - end;
    }

    private static bool EndsWith(IReadOnlyList<string> folded, int end, string[] tail)
    {
        for (var i = 0; i < tail.Length; i++)
        {
            if (folded[end - tail.Length + i] != tail[i])
                return false;
        }

        return true;
    }
}
