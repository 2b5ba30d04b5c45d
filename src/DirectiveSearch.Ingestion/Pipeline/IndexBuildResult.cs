namespace DirectiveSearch.Ingestion.Pipeline;

/// <param name="Committed">False when nothing changed since the last commit and the index was left as it was.</param>
/// <param name="CitationCount">Resolved citations of the new generation; null when nothing was committed.</param>
public sealed record IndexBuildResult(IngestReport Report, bool Committed, int? CitationCount)
{
    /// <summary>Ids of the documents this commit wrote: added, changed, or re-resolved because of them (all of them when written whole).</summary>
    public IReadOnlyList<string> Written { get; init; } = [];

    /// <summary>Ids of the documents this commit removed (written in place; a whole rewrite drops them by leaving them out).</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>True when the index was written whole rather than changed in place.</summary>
    public bool WrittenWhole { get; init; }
}
