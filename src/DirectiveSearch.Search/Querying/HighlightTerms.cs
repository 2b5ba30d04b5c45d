namespace DirectiveSearch.Search.Querying;

/// <summary>
/// What a snippet marks: folded terms, and folded prefixes for directive references typed without
/// their issuer ("KL 21" marks "21-KL/TW" and "21-KL/TU" alike, as the search matched them).
/// </summary>
internal sealed record HighlightTerms(IReadOnlySet<string> Folded, IReadOnlyList<string> Prefixes)
{
    public bool IsEmpty => Folded.Count == 0 && Prefixes.Count == 0;

    public bool Matches(string foldedTerm)
    {
        if (Folded.Contains(foldedTerm))
            return true;
        foreach (var prefix in Prefixes)
        {
            if (foldedTerm.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        }

        return false;
    }
}
