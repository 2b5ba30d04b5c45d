namespace DirectiveSearch.Search.Querying;

/// <summary>A user query turned into Lucene's, with what to mark in snippets and how it was read.</summary>
/// <param name="Query">Null when the text made no term (only punctuation).</param>
/// <param name="Question">Read as a natural-language question (BM25 over its syllables), not as keywords.</param>
/// <param name="Accented">Some syllable was typed with diacritics: a folded fallback can find more.</param>
internal sealed record BuiltQuery(Lucene.Net.Search.Query? Query, HighlightTerms Highlights, bool Question, bool Accented);
