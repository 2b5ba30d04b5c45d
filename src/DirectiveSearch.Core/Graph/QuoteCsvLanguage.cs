namespace DirectiveSearch.Core.Graph;

/// <summary>The language of a quotes CSV's header and relation values.</summary>
public enum QuoteCsvLanguage
{
    /// <summary>The JSON's names: "document_id", "implements".</summary>
    English,

    /// <summary>For people: "Mã văn bản", "thực hiện".</summary>
    Vietnamese,
}
