using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Citations.Extract;

/// <summary>
/// Finds directives named by the meeting that adopted them: "kết luận, quy định của Hội nghị Trung ương 4
/// khóa XIII" (seed 000: Kết luận 21-KL/TW and Quy định 37-QĐ/TW), "Nghị quyết hội nghị lần thứ sáu Ban
/// chấp hành Trung ương Đảng khóa XIII" (seed 003), "Nghị quyết Đại hội XIII của Đảng". Each noun of the list
/// becomes one citation; which directives they are is the named-meeting table's business, in the resolver.
/// A meeting with no noun before it ("nhất là từ Hội nghị Trung ương 3 (khóa VII) năm 1992") names no
/// document, and neither does a provincial congress ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX").
/// The scan looks for the rare parts first, a term ("khóa XIII") or "đại hội", then reads the meeting's
/// name and the nouns backwards from there in bounded windows.
/// </summary>
internal static partial class MeetingScanner
{
    private const int NameWindow = 120;
    private const int NounListWindow = 120;

    private const string Ordinal =
        @"\d{1,2}|mười(?:\s+(?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín";

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["nhất"] = 1, ["một"] = 1, ["hai"] = 2, ["ba"] = 3, ["tư"] = 4, ["bốn"] = 4, ["năm"] = 5, ["lăm"] = 5,
        ["sáu"] = 6, ["bảy"] = 7, ["tám"] = 8, ["chín"] = 9,
    };

    /// <summary>One noun of a meeting phrase: its span, the noun as written, and the meeting.</summary>
    public static IEnumerable<(TextSpan NounSpan, string Noun, MeetingReference Meeting)> Scan(string text)
    {
        foreach (Match anchor in Anchor().Matches(text))
        {
            if (ReadMeeting(text, anchor) is not { } meeting)
                continue;
            var windowStart = Math.Max(0, meeting.Span.Start - NounListWindow);
            var list = NounListBefore().Match(text, windowStart, meeting.Span.Start - windowStart);
            if (!list.Success)
                continue;
            var nouns = list.Groups["nouns"];
            for (var noun = OneNoun().Match(text, nouns.Index, nouns.Length); noun.Success; noun = noun.NextMatch())
                yield return (new TextSpan(noun.Index, noun.Index + noun.Length), noun.Value, meeting);
        }
    }

    private static MeetingReference? ReadMeeting(string text, Match anchor)
    {
        var end = anchor.Index + anchor.Length;
        if (anchor.Groups["dterm"].Success)
            return new MeetingReference($"dh-{anchor.Groups["dterm"].Value.ToLowerInvariant()}", Written(anchor.Value), new TextSpan(anchor.Index, end));

        var windowStart = Math.Max(0, anchor.Index - NameWindow);
        var name = PlenumBefore().Match(text, windowStart, anchor.Index - windowStart);
        if (!name.Success || ParseOrdinal(name.Groups["n"].Value) is not { } plenum)
            return null;
        var key = $"hntw-{plenum}-{anchor.Groups["term"].Value.ToLowerInvariant()}";
        var start = name.Groups["meeting"].Index;
        return new MeetingReference(key, Written(text[start..end]), new TextSpan(start, end));
    }

    private static string Written(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int? ParseOrdinal(string written)
    {
        var words = written.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return null;
        if (int.TryParse(words[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            return number;
        if (words[0] == "mười")
            return 10 + (words.Length > 1 ? Ordinals.GetValueOrDefault(words[1]) : 0);
        return Ordinals.TryGetValue(words[0], out var value) ? value : null;
    }

    // A term ("khóa XIII", "(khoá XII)") ends a plenum's name; "Đại hội ... XIII (của Đảng)" is a congress.
    [GeneratedRegex(
        @"(?:\(\s*kh(?:óa|oá)\s+(?<term>(?-i:[IVXL]{1,6}))\s*\)|kh(?:óa|oá)\s+(?<term>(?-i:[IVXL]{1,6}))(?![\p{L}\p{M}]))"
        + @"|(?<![\p{L}\p{M}])đại\s+hội(?:\s+đại\s+biểu)?(?:\s+đảng)?(?:\s+toàn\s+quốc)?(?:\s+lần\s+thứ)?\s+(?<dterm>(?-i:[IVXL]{1,6}))(?![\p{L}\p{M}])(?:\s+của\s+đảng(?![\p{L}\p{M}]))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();

    // Right to left, just before the term: "Hội nghị Trung ương 4", "Hội nghị lần thứ tư Ban Chấp hành Trung
    // ương Đảng", "hội nghị lần thứ sáu Ban chấp hành Trung ương Đảng", "Trung ương 4".
    [GeneratedRegex(
        @"(?<![\p{L}\p{M}])(?<meeting>hội\s+nghị\s+(?:lần\s+thứ\s+(?<n>" + Ordinal + @")\s+(?:của\s+)?ban\s+chấp\s+hành\s+trung\s+ương(?:\s+đảng)?"
        + @"|(?:ban\s+chấp\s+hành\s+)?trung\s+ương(?:\s+đảng)?\s+(?:lần\s+thứ\s+)?(?<n>" + Ordinal + @"))"
        + @"|(?:ban\s+chấp\s+hành\s+)?trung\s+ương\s+(?<n>\d{1,2}))\s*$",
        RegexOptions.RightToLeft | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlenumBefore();

    // Right to left, just before the meeting: the nouns, "của" or nothing ("Nghị quyết hội nghị ...").
    [GeneratedRegex(
        @"(?<![\p{L}\p{M}\p{N}])(?<nouns>(?:các\s+)?(?:" + TypeNounPatterns.MeetingNouns + @")(?:\s*(?:,\s*và|,|và)\s*(?:" + TypeNounPatterns.MeetingNouns + @")){0,4})\s+(?:của\s+)?(?:các\s+)?$",
        RegexOptions.RightToLeft | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounListBefore();

    [GeneratedRegex(TypeNounPatterns.MeetingNouns, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OneNoun();
}
