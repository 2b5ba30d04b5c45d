namespace DirectiveSearch.Core.Citations;

/// <summary>What the citing document does with the directive it cites.</summary>
public enum CitationRelation
{
    /// <summary>The document carries it out: named in the title ("Kế hoạch thực hiện Kết luận số ...") or in an opening "Thực hiện ..."/"Triển khai ..." clause.</summary>
    Implements,

    /// <summary>The document's legal basis: an opening "Căn cứ ..." clause ("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;").</summary>
    Basis,

    /// <summary>Any other mention.</summary>
    Cites,

    /// <summary>The document speaking of itself ("Kế hoạch này"): no edge in the graph.</summary>
    Self,
}
