namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>Reported after each file is read.</summary>
public sealed record IngestProgress(int Done, int Total, string Path);
