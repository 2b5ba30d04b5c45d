namespace DirectiveSearch.Core.Citations;

/// <summary>How a citation names the directive it points at.</summary>
public enum CitationKind
{
    /// <summary>By its symbol: "Kết luận số 21-KL/TW", "Quy định 213-QĐ/TW", "Luật ... số 63/2025/QH15", "05-CT/TW".</summary>
    Symbol,

    /// <summary>By type noun and number without a symbol: "Kết luận số 01, ngày 18/5/2021 của Bộ Chính trị" (seed 001).</summary>
    NumberOnly,

    /// <summary>By a short name the document defined: "(sau đây gọi là Kết luận)", then "Kết luận" alone (seed 004).</summary>
    ShortName,

    /// <summary>By the meeting that adopted it: "kết luận, quy định của Hội nghị Trung ương 4 khóa XIII" (seed 000).</summary>
    Meeting,

    /// <summary>
    /// The document itself, not another one: "Kế hoạch này", or its own number in the header ("Số 28-KH/ĐUK").
    /// Kept so that highlighting shows it, but it never becomes an edge of the citation graph.
    /// </summary>
    SelfReference,
}
