namespace DirectiveSearch.Search.Querying;

/// <summary>A term of analyzed query text with its position and its span in that text.</summary>
internal readonly record struct AnalyzedTerm(string Text, int Position, int Start, int End);
