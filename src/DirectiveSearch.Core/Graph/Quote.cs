using DirectiveSearch.Core.Citations;

namespace DirectiveSearch.Core.Graph;

/// <summary>A sentence of a corpus document that cites a directive, with a citation of that document to paste.</summary>
/// <param name="DocumentId">The citing document.</param>
/// <param name="SectionPath">The numbered section the sentence stands in ("II.1"), or null in the lead.</param>
/// <param name="Sentence">The sentence ready to paste: on one line, without a leading list marker (<see cref="QuoteText"/>).</param>
/// <param name="Citation">"Kế hoạch số 62-KH/ĐUK, ngày 15/8/2022 của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh, mục II.1".</param>
/// <param name="Relation">What the document does with the directive (<see cref="GraphRelation"/>): the strongest when the sentence cites it more than once.</param>
/// <param name="SentenceSpan">Where <see cref="Sentence"/> stands in the document's text.</param>
public sealed record Quote(
    string DocumentId,
    string? SectionPath,
    string Sentence,
    string Citation,
    string Relation,
    TextSpan SentenceSpan)
{
    /// <summary>
    /// The words of <see cref="Sentence"/> that refer to the directive, as spans of it: its symbol or name, a
    /// short name the document defined ("Kết luận"), the meeting that adopted it ("Hội nghị Trung ương 4 khóa XIII").
    /// </summary>
    public IReadOnlyList<TextSpan> Marks { get; init; } = [];
}
