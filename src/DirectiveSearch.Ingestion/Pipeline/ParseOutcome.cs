using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>Either a parsed source or the reason its file was rejected.</summary>
public sealed record ParseOutcome(ParsedSource? Source, RejectedFile? Rejected)
{
    /// <summary>True when the source was taken from the previous run instead of being parsed again.</summary>
    public bool Reused { get; init; }

    /// <summary>What the reader did to the file's text that its user should know of (legacy encodings converted).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
