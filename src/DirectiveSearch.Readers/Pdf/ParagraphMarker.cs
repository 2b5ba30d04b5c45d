using System.Text.RegularExpressions;

namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// What a paragraph of a Party or state document may open with: part headings ("I.", "II-"),
/// numbered items ("1.", "1-", "1.1.", "a)"), bullets ("-", "+"), "Điều 5.", "Chương II".
/// A number needs its punctuation and then text, so a wrapped line that merely starts with
/// "3 (khóa VII)", "21-KL/TW" or "20.000.000 đồng" is not taken for an item.
/// </summary>
internal static partial class ParagraphMarker
{
    /// <summary>The marker at the start of <paramref name="text"/>, or an empty string.</summary>
    public static string Find(string text)
    {
        var match = Marker().Match(text);
        return match.Success ? match.Groups["marker"].Value : string.Empty;
    }

    /// <summary>Whether a marker is a bullet ("-", "+", "•") rather than a number or heading.</summary>
    public static bool IsBullet(string marker) => marker.Length == 1 && !char.IsLetterOrDigit(marker[0]);

    /// <summary>
    /// Whether a line ending in <paramref name="word"/> needs the number that starts the next line
    /// ("... tại khoản 2 Điều" / "23. ..."), so that number is no item.
    /// </summary>
    public static bool TakesNumber(string word) => ReferenceWords.Contains(word);

    // Also as typed without diacritics, which some documents are.
    private static readonly HashSet<string> ReferenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Điều", "khoản", "điểm", "Mục", "Chương", "Phần", "tiết", "số",
        "Dieu", "khoan", "diem", "Muc", "Chuong", "Phan", "tiet", "so",
    };

    // Careless typing drops the space after a marker ("-Tuyên truyền", "1.Mục đích"); a capital after it
    // still marks an item, except after "1-", which is how symbols start ("21-KL/TW"). A number alone on
    // a line ends a sentence that wrapped ("... khoản 2 Điều" / "23."); a heading word may stand alone.
    // Item numbers have short parts ("1.2.3"); "20.000.000" is an amount.
    [GeneratedRegex(
        @"^(?<marker>" +
        @"[IVXLC]{1,6}[.\-–)](?=\s+\S|\p{Lu})" + // I. II- III)
        @"|\d{1,3}(?:\.\d{1,2})*[.)](?=\s+\S|\p{Lu})" + // 1. 1) 1.1. 1.1)
        @"|\d{1,3}[\-–](?=\s+\S)" + // 1-
        @"|\d{1,3}(?:\.\d{1,2})+(?=\s+\S)" + // 1.1 without the closing dot
        @"|[a-zđ]\)(?=\s+\S|\p{Lu})" + // a) đ)
        @"|[-–—+•·▪●○*](?=\s+\S|\p{Lu})" + // bullets
        @"|(?:Điều|ĐIỀU|Dieu|DIEU)\s+\d{1,3}[a-zđ]?[.:](?=\s|$|\p{Lu})" +
        @"|(?:Chương|CHƯƠNG|Chuong|CHUONG|Phần|PHẦN|Phan|PHAN|Mục|MỤC|Muc|MUC)\s+(?:[IVXLC]{1,6}|\d{1,3})[.:]?(?=\s*$|\s+\p{Lu}|(?<=[.:])\s)" +
        @")",
        RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
