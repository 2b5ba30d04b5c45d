namespace DirectiveSearch.Core.Citations.Resolve;

/// <summary>One directive a citation resolves to, or the reason it resolves to none.</summary>
internal sealed record Resolution(string? Target, IReadOnlyList<string> Candidates, IReadOnlyList<string> Warnings)
{
    public static Resolution To(string target, params string[] warnings) => new(target, [], warnings);

    public static Resolution None(string warning, IReadOnlyList<string>? candidates = null) => new(null, candidates ?? [], [warning]);
}
