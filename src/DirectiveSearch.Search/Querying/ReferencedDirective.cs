namespace DirectiveSearch.Search.Querying;

/// <summary>
/// A directive reference in the query or the cites filter, as the knowledge base resolved it: "KL 21" →
/// "kl-21-tw-2021"; "49-KH/TU" → no id and two candidates; an unknown reference → neither, and documents
/// are then matched by the symbol they write.
/// </summary>
/// <param name="Written">The reference as the user typed it, or its symbol.</param>
/// <param name="Id">The directive id when exactly one fits.</param>
/// <param name="Candidates">The directive ids it could be, when several fit.</param>
/// <param name="Label">How to show <paramref name="Id"/> ("21-KL/TW năm 2021"), when there is one.</param>
public sealed record ReferencedDirective(string Written, string? Id, IReadOnlyList<string> Candidates, string? Label = null)
{
    /// <summary>The ids a document may cite to match: the one, or any candidate.</summary>
    public IReadOnlyList<string> Ids => Id is not null ? [Id] : Candidates;
}
