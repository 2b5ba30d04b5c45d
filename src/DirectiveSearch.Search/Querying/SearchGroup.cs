namespace DirectiveSearch.Search.Querying;

/// <summary>What a hit is.</summary>
public enum SearchGroup
{
    /// <summary>A document, ranked by its best passages, with them as its sections.</summary>
    Document,

    /// <summary>A section (Điều, khoản, mục) ranked by itself, with its document's facts: the answer to a question is an article.</summary>
    Section,
}
