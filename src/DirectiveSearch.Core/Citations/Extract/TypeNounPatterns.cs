using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Citations.Extract;

/// <summary>
/// The type nouns a citation starts with, as regular expressions, and the searches built on them. Nouns are
/// matched in any case ("Kết luận", "kết luận", "KẾT LUẬN"), longest first so that "Thông tư liên tịch" wins
/// over "Thông tư" and "Thông báo kết luận số 12-TB/TW" is one Thông báo. "Luật" and "Lệnh" must be
/// capitalized: lower case they end "pháp luật", "kỷ luật", "mệnh lệnh". "Qui định" is the older spelling.
/// Every pattern is bounded: the backward head search runs on a window of <see cref="HeadWindow"/>
/// characters, so scanning stays linear in the text.
/// </summary>
internal static partial class TypeNounPatterns
{
    /// <summary>How far back from a symbol its noun may start: "Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15".</summary>
    public const int HeadWindow = 160;

    public const string Nouns =
        @"nghị\s+quyết\s+liên\s+tịch|thông\s+tư\s+liên\s+tịch|văn\s+bản\s+hợp\s+nhất|thông\s+báo\s+kết\s+luận"
        + @"|nghị\s+quyết|nghị\s+định|quyết\s+định|qu[yi]\s+định|qu[yi]\s+chế|kết\s+luận|chỉ\s+thị|kế\s+hoạch"
        + @"|hướng\s+dẫn|chương\s+trình|thông\s+tư|thông\s+tri|thông\s+báo|thông\s+cáo|báo\s+cáo|tờ\s+trình"
        + @"|công\s+văn|công\s+điện|biên\s+bản|đề\s+án|phương\s+án|pháp\s+lệnh|hiến\s+pháp|bộ\s+luật"
        + @"|(?-i:Luật|LUẬT|Lệnh|LỆNH)";

    /// <summary>Nouns under which a meeting's documents are named: "kết luận, quy định của Hội nghị Trung ương 4 khóa XIII".</summary>
    public const string MeetingNouns = @"nghị\s+quyết|kết\s+luận|qu[yi]\s+định|chỉ\s+thị|quyết\s+định";

    private const string NotInWord = @"(?<![\p{L}\p{M}\p{N}])";

    /// <summary>
    /// Run right to left on the text just before a symbol: the nearest noun, the words between it and the
    /// symbol (a law's name: "Luật Tổ chức Chính phủ số 63/2025/QH15"; "Chương trình hành động số 05-CTr/TU")
    /// and "số", typed twice at times ("Luật Tổ chức chính quyền địa phương số số 72/2025/QH15"). Gap words carry
    /// no digit and no clause punctuation.
    /// </summary>
    [GeneratedRegex(NotInWord + @"(?<noun>" + Nouns + @")(?<gap>(?:\s+[^\s\d;:()\[\]“”""]+){0,12}?)\s+(?<so>(?:số\s*:?\s*){1,2})?$",
        RegexOptions.RightToLeft | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex HeadBeforeSymbol();

    /// <summary>
    /// "Số 28-KH/ĐUK", "Số: 249/2025/NĐ-CP", "Luật số: 128/2025/QH15" at the start of a line: the document's own
    /// number in its header. A citation writes a lower-case "số" and no colon.
    /// </summary>
    [GeneratedRegex(@"(?:^|\n)[ \t]*(?:Số[ \t]*:?|(?:Luật|Bộ luật|Pháp lệnh|Lệnh|Nghị quyết)[ \t]+số[ \t]*:)[ \t]*$", RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    public static partial Regex HeaderNumberBefore();

    /// <summary>
    /// "số" and a bare number that does not go on into a symbol ("01- KL/TW") or a state number ("15/2020"):
    /// with a noun before it, a citation without symbol ("Kết luận số 01, ngày 18/5/2021 của Bộ Chính trị",
    /// seed 001). Scanning for "số" first is what keeps this cheap: nouns are everywhere, "số 12" is not.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}])số[ \t]*:?[ \t]*(?<number>\d{1,4})(?![\p{L}\p{N}/\-–]|\.\d|\s?[-–/]\s?\p{Lu})", RegexOptions.CultureInvariant)]
    public static partial Regex NumberAfterSo();

    /// <summary>Right to left on the text before "số": the noun right there.</summary>
    [GeneratedRegex(NotInWord + @"(?<noun>" + Nouns + @")\s+$", RegexOptions.RightToLeft | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NounBefore();

    /// <summary>
    /// Right to left on the text before "này": a capitalized noun, the document itself ("Kế hoạch này",
    /// "Nghị định này"). Capitalized only: seed 001's "mục 3 của hướng dẫn này" quotes a guideline.
    /// </summary>
    [GeneratedRegex(NotInWord + @"(?<noun>Nghị quyết|Nghị định|Quyết định|Quy định|Quy chế|Kết luận|Chỉ thị|Kế hoạch|Hướng dẫn|Chương trình|Thông tư|Thông tri|Thông báo|Báo cáo|Tờ trình|Công văn|Đề án|Phương án|Pháp lệnh|Bộ luật|Luật|Lệnh)[ \t]+$",
        RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    public static partial Regex SelfNounBefore();

    /// <summary>How far back from "số" or "này" a noun may start ("Nghị quyết liên tịch ").</summary>
    public const int NounWindow = 32;

    /// <summary>Any type noun, for checks on short stretches of text (a gap, an alias).</summary>
    [GeneratedRegex(NotInWord + @"(?:" + Nouns + @")(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AnyNoun();

    /// <summary>A short name as defined: a noun, then optionally "số" and a number or symbol ("Nghị quyết số 21-NQ/TW").</summary>
    [GeneratedRegex(@"^(?<noun>" + Nouns + @")(?:\s+(?:số\s*)?(?<rest>\S.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AliasName();
}
