namespace DirectiveSearch.Core.Citations.Extract;

/// <summary>
/// A citation found by one of the scanners, before the extraction numbers them.
/// <see cref="AliasOfStart"/> points at the defining citation by its start, since indices come last.
/// </summary>
internal sealed record CitationDraft(
    CitationKind Kind,
    TextSpan Span,
    string? Noun,
    CitationSymbol? Symbol,
    string? Number,
    CitationTail Tail,
    MeetingReference? Meeting,
    int? AliasOfStart = null,
    string? DefinedAlias = null)
{
    /// <summary>The identity type the name gives: the noun's, else the code's.</summary>
    public string? Type => Noun is not null ? DirectiveTypes.FromNoun(Noun) : Symbol?.TypeCode is { } code ? DirectiveTypes.FromCode(code) : null;
}
