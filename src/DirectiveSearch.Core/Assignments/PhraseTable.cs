namespace DirectiveSearch.Core.Assignments;

/// <summary>
/// Folded phrases looked up by their first word, longest first: the scanner asks "which phrase starts here?" at
/// every word of every plan, and a table keyed by the word answers without trying the whole list.
/// </summary>
internal sealed class PhraseTable
{
    private readonly Dictionary<string, string[]> byFirstWord;

    public PhraseTable(IEnumerable<string> phrases)
    {
        byFirstWord = phrases
            .Distinct(StringComparer.Ordinal)
            .GroupBy(FirstWord, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The phrases that may start at <paramref name="at"/>, longest first; empty when none shares its first word.</summary>
    public string[] Candidates(string folded, int at, int limit)
    {
        var end = at;
        while (end < limit && !IsSeparator(folded[end]))
            end++;
        if (end == at)
            return [];
        var lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(folded.AsSpan(at, end - at), out var found) ? found : [];
    }

    private static string FirstWord(string phrase)
    {
        var end = 0;
        while (end < phrase.Length && !IsSeparator(phrase[end]))
            end++;
        return phrase[..end];
    }

    private static bool IsSeparator(char c) => c is ' ' or '\t' or ',' or ';' or ':' or '.' or '(' or ')' or '\n' or '\r' or '"' or '“' or '”';
}
