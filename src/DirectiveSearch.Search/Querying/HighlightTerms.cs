namespace DirectiveSearch.Search.Querying;

/// <summary>Folded terms whose occurrences a snippet marks.</summary>
internal sealed record HighlightTerms(IReadOnlySet<string> Folded);
