using System.Globalization;
using System.Text;

namespace DirectiveSearch.TestSupport;

/// <summary>
/// The header of a plan copied one level down: who issues it, under which number, where and when, and who signs.
/// </summary>
/// <param name="ParentBody">The Party organisation above the issuer, first header line ("ĐẢNG BỘ TỈNH NAM ĐỊNH").</param>
/// <param name="Issuer">"HUYỆN ỦY XUÂN TRƯỜNG".</param>
/// <param name="Symbol">"15-KH/HU".</param>
/// <param name="Level">The word for the unit's level in the body ("huyện", "xã"), put where the parent wrote its own.</param>
public sealed record CopyHeader(string ParentBody, string Issuer, string Symbol, string Place, DateOnly Date, string OnBehalfOf, string Position, string SignerName, string Level);

/// <summary>
/// Makes the plan a lower unit writes from its superior's, as districts and communes do: its own header (issuer, number,
/// place and date), the superior's text with a few paragraphs reworded for the unit, and its own signature. The truth is
/// known by construction: every copy is a document of its own.
/// </summary>
public static class CascadeCopy
{
    private static readonly string[] LevelWords = ["tỉnh", "huyện", "xã"];

    /// <param name="parentText">The superior's plan as plain text, its header and signature included or not.</param>
    /// <param name="changedParagraphs">How many of the body's longer paragraphs the unit rewords.</param>
    public static string Make(string parentText, CopyHeader header, int changedParagraphs)
    {
        ArgumentNullException.ThrowIfNull(parentText);
        ArgumentNullException.ThrowIfNull(header);
        var lines = parentText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var start = lines.FindIndex(l => l.Trim().Trim('*').Trim() is "KẾ HOẠCH" or "CHỈ THỊ" or "NGHỊ QUYẾT" or "CHƯƠNG TRÌNH" or "HƯỚNG DẪN" or "QUY ĐỊNH" or "KẾT LUẬN" or "THÔNG BÁO" or "BÁO CÁO");
        var end = lines.FindLastIndex(l => l.Trim().TrimStart('*').StartsWith("T/M ", StringComparison.Ordinal) || l.Trim().TrimStart('*').StartsWith("TM. ", StringComparison.Ordinal));
        var body = lines.GetRange(Math.Max(0, start), (end > start ? end : lines.Count) - Math.Max(0, start));

        // The longer paragraphs, spread over the text, are the ones a unit rewrites for itself.
        var candidates = Enumerable.Range(0, body.Count).Where(i => body[i].Length > 200).ToList();
        var step = Math.Max(1, candidates.Count / Math.Max(1, changedParagraphs));
        foreach (var i in candidates.Where((_, k) => k % step == step / 2).Take(changedParagraphs))
            body[i] = Reword(body[i], header);

        var text = new StringBuilder();
        text.Append(header.ParentBody).Append('\n')
            .Append(header.Issuer).Append("\n*\n")
            .Append("Số ").Append(header.Symbol).Append("\n\n")
            .Append("ĐẢNG CỘNG SẢN VIỆT NAM\n")
            .Append(header.Place).Append(", ngày ")
            .Append(header.Date.Day.ToString("00", CultureInfo.InvariantCulture)).Append(" tháng ")
            .Append(header.Date.Month.ToString("00", CultureInfo.InvariantCulture)).Append(" năm ")
            .Append(header.Date.Year.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
        foreach (var line in body)
            text.Append(line).Append('\n');
        text.Append('\n').Append(header.OnBehalfOf).Append('\n').Append(header.Position).Append("\n\n\n").Append(header.SignerName).Append('\n');
        return text.ToString();
    }

    // The unit's level where the superior named its own, and a sentence only this unit writes.
    private static string Reword(string paragraph, CopyHeader header)
    {
        var reworded = paragraph;
        foreach (var word in LevelWords.Where(w => w != header.Level))
            reworded = reworded.Replace(" " + word, " " + header.Level, StringComparison.Ordinal);
        return $"{reworded} Ban Thường vụ {header.Issuer.ToLowerInvariant()} giao các chi bộ, đơn vị trực thuộc ở {header.Place} cụ thể hóa nội dung này, báo cáo kết quả trước ngày {header.Date.AddMonths(3):dd/MM/yyyy}.";
    }
}
