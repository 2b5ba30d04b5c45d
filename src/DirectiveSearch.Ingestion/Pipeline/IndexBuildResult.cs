namespace DirectiveSearch.Ingestion.Pipeline;

/// <param name="Committed">False when nothing changed since the last commit and the index was left as it was.</param>
/// <param name="CitationCount">Resolved citations written with the new generation; null when nothing was committed.</param>
public sealed record IndexBuildResult(IngestReport Report, bool Committed, int? CitationCount);
