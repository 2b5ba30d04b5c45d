using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Recognises the paragraph that opens a document's body: "Thực hiện Kế hoạch số 49-KH/TU ...",
/// "Căn cứ Luật Tổ chức Chính phủ ...", "Triển khai ...", "Kính gửi: ...". It ends the title (a title
/// is lower-case "thực hiện Kết luận ..." in the seeds, so the capital letter matters) and ends the
/// search for a header.
/// </summary>
public static class OpeningClause
{
    private static readonly Regex Opener = new(
        @"^(?:Thực hiện|Căn cứ|Triển khai|Theo đề nghị|Xét đề nghị|Xét tờ trình|Theo|Xét|Kính gửi|Để|Nhằm|Trên cơ sở|Sau khi|Vừa qua|Qua|Pursuant|At the proposal)(?![\p{L}\p{M}])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static bool IsOpener(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return Opener.IsMatch(paragraph);
    }
}
