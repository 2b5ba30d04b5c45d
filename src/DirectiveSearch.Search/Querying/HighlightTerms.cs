namespace DirectiveSearch.Search.Querying;

/// <summary>
/// What a snippet marks, as the search matched it: syllables typed without diacritics by their folded form
/// (every accented form matched), syllables typed with them by their exact form only (a folded look-alike did
/// not match and is not marked), and folded prefixes for directive references typed without their issuer
/// ("KL 21" marks "21-KL/TW" and "21-KL/TU" alike).
/// </summary>
internal sealed record HighlightTerms(IReadOnlySet<string> Folded, IReadOnlySet<string> Exact, IReadOnlyList<string> Prefixes)
{
    public bool IsEmpty => Folded.Count == 0 && Exact.Count == 0 && Prefixes.Count == 0;

    public bool Matches(string foldedTerm, string? exactTerm)
    {
        if (Folded.Contains(foldedTerm) || (exactTerm is not null && Exact.Contains(exactTerm)))
            return true;
        foreach (var prefix in Prefixes)
        {
            if (foldedTerm.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        }

        return false;
    }
}
