namespace DirectiveSearch.Core.Citations;

/// <summary>
/// The two places where a document says what it carries out: its title ("thực hiện Kết luận số 21-KL/TW ...",
/// seed 004) and its opening clause, the text between the title and the first section ("Thực hiện Kế hoạch
/// số 49-KH/TU ...", seed 002; "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; ..." in a decree).
/// Either is null when the document has none.
/// </summary>
public sealed record DocumentLead(TextSpan? Title, TextSpan? Opening)
{
    public static DocumentLead None { get; } = new(null, null);
}
