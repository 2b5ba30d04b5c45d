namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>A file that could not be ingested, with the reason shown to the user.</summary>
public sealed record RejectedFile(string Path, string Reason)
{
    /// <summary>How long the file took to be refused: a timed-out file shows its limit here.</summary>
    public TimeSpan Elapsed { get; init; }
}
