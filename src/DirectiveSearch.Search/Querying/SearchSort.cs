namespace DirectiveSearch.Search.Querying;

public enum SearchSort
{
    Relevance,
    /// <summary>Newest first; undated documents last.</summary>
    Date,
}
