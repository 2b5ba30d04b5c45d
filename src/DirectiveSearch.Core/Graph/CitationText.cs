using System.Globalization;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Graph;

/// <summary>
/// How a report cites a corpus document, in the order the documents themselves cite each other ("Kết luận số
/// 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng"): "Kế hoạch số 62-KH/ĐUK, ngày 15/8/2022 của
/// Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh, mục II.1". A document without a symbol (the seeds lost their
/// header tables) is named by its title in quotes: "Kế hoạch “Tổ chức đợt sinh hoạt chính trị ...”".
/// </summary>
public static class CitationText
{
    /// <summary>"Kế hoạch số 62-KH/ĐUK"; "Kế hoạch “title”" without a symbol; the id when there is neither.</summary>
    public static string Name(DocumentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var type = record.Type.Name;
        if (!string.IsNullOrWhiteSpace(record.Symbol))
            return $"{type} số {Evidence.Tidy(record.Symbol)}";
        var title = string.IsNullOrWhiteSpace(record.Title) ? string.Empty : Evidence.Tidy(record.Title);
        return title.Length > 0 ? $"{type} “{title}”" : $"{type} {record.Id}";
    }

    /// <summary>The full citation: name, date, issuer, and where in the document (omitted for the lead).</summary>
    public static string Of(DocumentRecord record, string? sectionPath)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = Name(record);
        if (record.Date is { } date)
            text += ", ngày " + FormatDate(date);
        if (!string.IsNullOrWhiteSpace(record.Issuer))
            text += " của " + Evidence.Tidy(record.Issuer);
        if (Locator(sectionPath) is { } locator)
            text += ", " + locator;
        return text;
    }

    /// <summary>
    /// "15/8/2022", "01/3/2022", "27/01/2022": Nghị định 30/2020/NĐ-CP writes a zero before days below 10 and
    /// before months 1 and 2 (so that nobody can add a digit), and none before months 3 to 9.
    /// </summary>
    public static string FormatDate(DateOnly date)
    {
        var day = date.Day < 10 ? date.Day.ToString("00", CultureInfo.InvariantCulture) : date.Day.ToString(CultureInfo.InvariantCulture);
        var month = date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        return $"{day}/{month}/{date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// Where a section is, as a reader would write it: Party outlines "II.1" → "mục II.1"; state outlines
    /// "Chương II/Mục 1/Điều 5/1/a" → "điểm a khoản 1 Điều 5" (legal style, smallest unit first; Điều numbers
    /// run through the whole text, so what stands above an Điều is left out). Null for no section.
    /// </summary>
    public static string? Locator(string? sectionPath)
    {
        if (string.IsNullOrWhiteSpace(sectionPath))
            return null;
        var parts = sectionPath.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && !StartsWithUnitWord(parts[0]))
            return "mục " + parts[0];

        var article = Array.FindLastIndex(parts, p => p.StartsWith("Điều ", StringComparison.Ordinal));
        var kept = article >= 0 ? parts[article..] : parts;
        var words = new List<string>(kept.Length);
        for (var i = 0; i < kept.Length; i++)
        {
            var part = kept[i];
            if (StartsWithUnitWord(part) || article < 0)
                words.Add(part);
            else if (part.All(char.IsAsciiDigit))
                words.Add("khoản " + part);
            else if (part.Length <= 2 && part.All(char.IsLetter))
                words.Add("điểm " + part);
            else
                words.Add(part);
        }

        words.Reverse();
        return string.Join(' ', words);
    }

    private static bool StartsWithUnitWord(string part) =>
        part.StartsWith("Điều ", StringComparison.Ordinal) || part.StartsWith("Chương ", StringComparison.Ordinal)
        || part.StartsWith("Mục ", StringComparison.Ordinal) || part.StartsWith("Phần ", StringComparison.Ordinal)
        || part.StartsWith("Tiểu mục ", StringComparison.Ordinal);
}
