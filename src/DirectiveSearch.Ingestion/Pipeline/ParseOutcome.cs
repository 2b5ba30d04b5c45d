using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>Either a parsed source or the reason its file was rejected.</summary>
public sealed record ParseOutcome(ParsedSource? Source, RejectedFile? Rejected)
{
    /// <summary>True when the source was taken from the previous run instead of being parsed again.</summary>
    public bool Reused { get; init; }
}
