namespace DirectiveSearch.Search.Querying;

/// <summary>
/// The query asks for more than one search can hold (more quoted phrases or directive references than Lucene's clause
/// limit). The user's fault, not the index's: callers answer it as a bad parameter. Search throws this instead of
/// Lucene's own exception, so its callers need not know Lucene.
/// </summary>
public sealed class QueryTooComplexException(Exception inner)
    : Exception("The query has too many quoted phrases or directive references to search at once.", inner);
