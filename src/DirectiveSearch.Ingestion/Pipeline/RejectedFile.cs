namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>A file that could not be ingested, with the reason shown to the user.</summary>
public sealed record RejectedFile(string Path, string Reason);
