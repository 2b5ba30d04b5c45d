namespace DirectiveSearch.Core.Graph;

/// <summary>
/// The directive a user's reference means. <see cref="Id"/> is set when exactly one known directive fits;
/// when several fit (numbers restart each term: "49-KH/TU" is two plans), <see cref="Id"/> is null and
/// <see cref="Candidates"/> lists them, sorted, as <see cref="Citations.ResolvedCitation"/> does; when none
/// fits, both are empty.
/// </summary>
public sealed record ResolveOutcome(string? Id, IReadOnlyList<string> Candidates)
{
    public static ResolveOutcome None { get; } = new(null, []);

    public bool IsAmbiguous => Id is null && Candidates.Count > 1;
}
