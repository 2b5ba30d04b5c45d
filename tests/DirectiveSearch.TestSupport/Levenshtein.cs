namespace DirectiveSearch.TestSupport;

/// <summary>Edit distance between two texts of a few ten thousand characters.</summary>
public static class Levenshtein
{
    /// <summary>Insertions, deletions and substitutions of UTF-16 code units turning one text into the other.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        // Two rows keep memory linear; the O(n·m) time is ~170 M steps for the corpus page set, well under a second.
        if (a.Length < b.Length)
            (a, b) = (b, a);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var ca = a[i - 1];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (ca == b[j - 1] ? 0 : 1);
                var deletion = previous[j] + 1;
                var insertion = current[j - 1] + 1;
                current[j] = Math.Min(substitution, Math.Min(deletion, insertion));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>1 − distance / length of the longer text; 1 for two empty texts.</summary>
    public static double Similarity(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1.0 : 1.0 - (double)Distance(a, b) / longer;
    }
}
