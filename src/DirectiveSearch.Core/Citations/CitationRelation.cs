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

    /// <summary>The document amends it: "Sửa đổi, bổ sung một số điều của Nghị định số 59/2017/NĐ-CP", "thay thế cụm từ ... của Luật ...".</summary>
    Amends,

    /// <summary>The document takes its place: "Thông tư này thay thế Thông tư số 324/2016/TT-BTC".</summary>
    Replaces,

    /// <summary>The document ends its force as a whole: "Bãi bỏ Thông tư số 15/2024/TT-BCT", "Các Thông tư sau đây hết hiệu lực thi hành ...: a) Thông tư số 288/2016/TT-BTC".</summary>
    Repeals,

    /// <summary>The document ends the force of a part of it: "Bãi bỏ Chương X của Nghị định số 136/2025/NĐ-CP".</summary>
    RepealsInPart,

    /// <summary>The document details or guides it: "Nghị định này quy định chi tiết thi hành Nghị quyết số 218/2025/QH15".</summary>
    Details,
}
