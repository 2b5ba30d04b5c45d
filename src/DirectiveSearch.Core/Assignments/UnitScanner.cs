using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Assignments;

/// <summary>
/// Finds the units a clause names, the way plans name them: a head ("Ban Tuyên giáo", "Văn phòng", "các chi bộ",
/// "Sở", "UBND") and the words qualifying it up to the verb ("... Đảng ủy Khối chủ trì"), one after another with
/// commas and "và". Works on <see cref="FoldedText"/>, so offsets are those of the document.
/// </summary>
internal static partial class UnitScanner
{
    private const int MaxWords = 16;

    // Longest first, so that "ban to chuc" is not read as the verb "to chuc".
    private static readonly string[] Heads = OrderLongestFirst(
    [
        "ban can su dang", "ban thuong vu", "ban chap hanh", "ban tuyen giao", "ban to chuc", "ban dan van", "ban noi chinh",
        "ban kinh te", "ban chi dao", "ban bao ve", "ban vi su tien bo", "ban cong tac mat tran", "ban quan ly", "ban dan toc",
        "ban thi dua", "ban ton giao", "ban dang", "cac ban", "ban tg", "ban tc", "ban dv", "btv", "bch", "btg", "btc", "bcd",
        "uy ban kiem tra", "uy ban nhan dan", "uy ban mat tran to quoc", "ubkt", "ubnd", "ubmttq", "mttq", "mat tran to quoc",
        "hoi dong nhan dan", "hdnd", "van phong", "vp", "thuong truc",
        "dang uy", "dang doan", "dang bo", "chi uy", "chi bo", "cap uy", "tinh uy", "thanh uy", "huyen uy", "thi uy", "quan uy",
        "to chuc co so dang", "to chuc dang", "to chuc chinh tri - xa hoi", "to chuc chinh tri-xa hoi", "to chuc doan", "cac to chuc",
        "uy vien", "bi thu", "pho bi thu", "nguoi dung dau", "can bo phu trach", "can bo duoc phan cong theo doi, phu trach", "can bo chuyen trach",
        "doan cong tac", "doan khoi", "tinh doan", "huyen doan", "thanh doan", "doan thanh nien", "cong doan", "cac doan the", "doan the",
        "truong chinh tri", "trung tam chinh tri", "trung tam", "cong an", "bo chi huy", "bo doi bien phong", "toa an", "vien kiem sat",
        "hoi lien hiep phu nu", "hoi nong dan", "hoi cuu chien binh", "lien doan lao dong",
        "co quan chuyen trach tham muu, giup viec", "cac co quan", "co quan", "cac don vi", "cac dia phuong", "cac so", "cac nganh",
        "chinh quyen", "dai phat thanh", "cac huyen", "cac xa",
        // State bodies every province has beside its departments.
        "kho bac", "thanh tra", "ngan hang", "bao hiem xa hoi", "hai quan",
        "so", "phong", "truong", "hoi", "bao", "vien", "cuc", "chi cuc", "bo", "lanh dao", "ban", "dai", "dai truyen thanh",
    ]);

    // Heads that are everyday words in lower case ("cơ sở", "phòng, chống", "báo cáo"): a unit only when capitalized.
    private static readonly HashSet<string> CapitalizedOnly = ["kho bac", "thanh tra", "ngan hang", "bao hiem xa hoi", "hai quan", "so", "phong", "truong", "hoi", "bao", "vien", "cuc", "chi cuc", "bo", "cong an", "trung tam", "ban", "dai"];

    // Heads that name a role, not a body, and start a list only after "đồng chí" or another unit ("Lãnh đạo, chỉ đạo ..." is a verb).
    private static readonly HashSet<string> NotFirst = ["lanh dao"];

    // Heads that are the body's department only, completed by the committee of the plan ("Văn phòng" → "Văn phòng Tỉnh ủy").
    private static readonly string[] Prefixes = ["cac ", "moi ", "nhung ", "toan the ", "tat ca "];
    private static readonly string[] Persons = ["cac dong chi ", "dong chi ", "d/c ", "giam doc ", "thu truong ", "chu tich "];

    private static readonly string[] Verbs = OrderLongestFirst(
    [
        "chu tri", "phoi hop", "co trach nhiem", "chiu trach nhiem", "la co quan", "can cu", "xay dung", "trien khai", "to chuc", "thuc hien",
        "tham muu", "theo doi", "huong dan", "kiem tra", "chi dao", "lanh dao", "tang cuong", "co ke hoach", "quan triet", "tuyen truyen",
        "nghien cuu", "tiep tuc", "thuong xuyen", "dinh ky", "bao cao", "gui", "tien hanh", "tu kiem tra", "se", "tap trung", "nang cao",
        "cu the hoa", "dua", "ra soat", "chu dong", "nghiem tuc", "khan truong", "bo sung", "phat huy", "neu cao", "truc tiep", "tham gia",
        "dam bao", "bao dam", "cap nhat", "hoan thanh", "giup", "ho tro", "don doc", "doi moi", "ban hanh", "quan tam", "uu tien", "day manh",
        "ket hop", "phai", "duoc", "thong nhat", "de xuat", "tong hop", "danh gia", "xu ly", "phat hien", "sap xep", "cung co",
        "dieu tra", "giai quyet", "quy dinh", "phe duyet", "tiep nhan", "cung cap", "bo tri", "phan cong", "tich cuc", "kip thoi", "nham", "de", "theo",
        "cho", "tai", "tren", "trong", "nhat la", "dac biet", "sau day", "con lai", "khi", "neu", "voi", "giao",
        "chuan bi", "van dong", "quan ly", "lap", "giam sat", "xac nhan", "thanh lap", "tiep thu", "lam tot", "nam bat", "nam chac", "hoan thien", "yeu cau", "de nghi",
        // Tense words: "đã", "vừa", "đang" report what a unit did or is doing; the extractor reads them to reject the clause.
        "da", "vua", "dang",
    ]);

    // Verbs whose folded form is also a name's ending: "tự kiểm tra" (self-check) after "Phòng Kế hoạch - Đầu tư".
    private static readonly Dictionary<string, string> ExactVerbs = new(StringComparer.Ordinal) { ["tu kiem tra"] = "tự kiểm tra" };

    private static bool WrittenAs(string text, int at, string verb) =>
        !ExactVerbs.TryGetValue(verb, out var exact) || string.Compare(text, at, exact, 0, exact.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static readonly PhraseTable HeadTable = new(Heads);
    private static readonly PhraseTable VerbTable = new(Verbs);

    private static readonly string[] KeptAfterUnit = ["co lien quan", "co quan", "co so", "duoc phan cong", "trong he thong chinh tri", "trong khoi", "theo quyet dinh", "tren dia ban"];

    /// <summary>The units named from <paramref name="at"/> on; null when no unit starts there.</summary>
    public static UnitList? ListAt(string text, string folded, int at, int limit)
    {
        var units = new List<UnitMention>();
        var position = SkipSpaces(folded, at, limit);
        var verbFollows = false;
        var colonFollows = false;
        var end = position;
        while (position < limit)
        {
            var start = position;
            var writtenPrefix = string.Empty;
            // "huyện, thành, thị ủy" names three committees sharing one "ủy"; "các chi, đảng bộ" the cells and the committees.
            var committees = ElidedCommittees().Match(folded, position, limit - position);
            if (committees.Success && committees.Index == position)
            {
                var plural = committees.Groups["plural"].Success ? text.Substring(committees.Groups["plural"].Index, committees.Groups["plural"].Length) : string.Empty;
                foreach (Capture part in committees.Groups["part"].Captures)
                    units.Add(new UnitMention(part.Index, part.Index + part.Length, plural + text.Substring(part.Index, part.Length) + " ủy", true, part.Index + part.Length));
                position = committees.Groups["last"].Index;
                start = position;
                writtenPrefix = plural;
            }
            else if (ElidedCells().Match(folded, position, limit - position) is { Success: true } cells && cells.Index == position)
            {
                writtenPrefix = (cells.Groups["plural"].Success ? text.Substring(cells.Groups["plural"].Index, cells.Groups["plural"].Length) : string.Empty) + "chi bộ, ";
                position = cells.Index + cells.Length;
            }

            var (afterPrefix, head) = HeadFrom(text, folded, position, limit, units.Count == 0);
            if (head is null)
                break;

            var (wordsEnd, stop) = Extend(text, folded, start, afterPrefix + head.Length, limit);
            if (stop == Stop.TooLong)
                break;
            units.Add(new UnitMention(start, wordsEnd, writtenPrefix + text[position..wordsEnd], wordsEnd == afterPrefix + head.Length, afterPrefix + head.Length));
            end = wordsEnd;
            verbFollows = stop == Stop.Verb;
            colonFollows = stop == Stop.Colon;
            if (stop != Stop.Separator)
                break;
            position = NextItem(folded, wordsEnd, limit);
            if (position < 0)
                break;
        }

        if (units.Count == 0)
            return null;
        if (!verbFollows && !colonFollows && QualifiedGroup(text, folded, units, end, limit) is { } group)
            return group;
        return new UnitList(units, end, verbFollows, colonFollows);
    }

    // Words opening a parenthesis that says which of the bodies are meant: "(đã được Ban Chấp hành Trung ương đồng ý ...)".
    private static readonly string[] GroupQualifiers = ["da duoc", "duoc", "noi", "thuoc", "truc thuoc", "tai", "co lien quan", "lien quan"];

    /// <summary>
    /// "các tỉnh ủy, thành ủy (đã được ... đồng ý chủ trương sáp nhập)": a parenthesis qualifying a list, or a plural,
    /// narrows it to one group of bodies, which is then the unit; the clause goes on after it.
    /// </summary>
    private static UnitList? QualifiedGroup(string text, string folded, List<UnitMention> units, int end, int limit)
    {
        var open = SkipSpaces(folded, end, limit);
        if (open >= limit || folded[open] != '(')
            return null;
        var close = folded.IndexOf(')', open, limit - open);
        var inner = SkipSpaces(folded, open + 1, limit);
        if (close < 0 || !GroupQualifiers.Any(q => WordAt(folded, inner, close, q)))
            return null;
        var plural = Prefixes.Any(p => WordAt(folded, units[0].Start, limit, p.TrimEnd()));
        if (units.Count == 1 && !plural)
            return null;
        var written = string.Join(", ", units.Select(u => u.Written.Trim())) + " " + text[open..(close + 1)];
        var group = new UnitMention(units[0].Start, close + 1, written, false, close + 1);
        var next = SkipSpaces(folded, close + 1, limit);
        var verbFollows = next < limit && !char.IsUpper(text[next]) && VerbTable.Candidates(folded, next, limit).Any(v => WordAt(folded, next, limit, v) && WrittenAs(text, next, v));
        return new UnitList([group], close + 1, verbFollows, ColonFollows: next < limit && folded[next] == ':');
    }

    /// <summary>True when a unit head starts at <paramref name="at"/>.</summary>
    public static bool StartsUnit(string text, string folded, int at, int limit) => HeadFrom(text, folded, at, limit, first: false).Head is not null;

    /// <summary>The head of a unit starting at <paramref name="at"/>, after "các", "đồng chí", "Giám đốc" and the like: "các sở" is a head of its own, "các Sở Nội vụ" is "Sở" after "các".</summary>
    private static (int At, string? Head) HeadFrom(string text, string folded, int at, int limit, bool first)
    {
        var afterPlural = Skip(folded, at, limit, Prefixes);
        var afterPerson = Skip(folded, afterPlural, limit, Persons);
        (int At, string? Head) best = (at, null);
        foreach (var candidate in new[] { at, afterPlural, afterPerson, Skip(folded, afterPerson, limit, Prefixes) }.Distinct())
        {
            // The head reaching furthest: "các cơ quan chuyên trách tham mưu, giúp việc" over "các cơ quan".
            if (HeadAt(text, folded, candidate, limit, first && candidate == at) is { } head && (best.Head is null || candidate + head.Length > best.At + best.Head.Length))
                best = (candidate, head);
        }

        return best;
    }

    private enum Stop { End, Verb, Separator, Colon, TooLong }

    private static (int End, Stop Stop) Extend(string text, string folded, int mentionStart, int position, int limit)
    {
        var words = 0;
        var end = position;
        while (true)
        {
            var next = SkipSpaces(folded, end, limit);
            if (next >= limit)
                return (end, Stop.End);
            if (words >= MaxWords)
                return (end, Stop.TooLong);
            var c = folded[next];
            if (c == ':')
                return (end, Stop.Colon);
            if (c == ',')
            {
                var after = SkipSpaces(folded, next + 1, limit);
                // "các cơ quan, đơn vị, địa phương liên quan" is one group; "Sở Văn hóa, Thể thao và Du lịch" one name.
                if (EndsGeneric(folded, mentionStart, end) && GenericLength(folded, after, limit) is > 0 and var length)
                {
                    end = after + length;
                    words++;
                    continue;
                }

                if (StartsUnit(text, folded, after, limit))
                    return (end, Stop.Separator);
                if (after < limit && char.IsUpper(text[after]) && !VerbTable.Candidates(folded, after, limit).Any(v => WordAt(folded, after, limit, v)))
                {
                    end = next + 1;
                    continue;
                }

                return (end, Stop.End);
            }

            if (IsBreak(c))
                return (end, Stop.End);
            if (WordAt(folded, next, limit, "va") && StartsUnit(text, folded, SkipSpaces(folded, next + 2, limit), limit))
                return (end, Stop.Separator);
            if ((c == '-' || c == '–') && next + 1 < limit && folded[next + 1] == ' ' && StartsUnit(text, folded, SkipSpaces(folded, next + 1, limit), limit))
                return (end, Stop.End);
            if (KeptAfterUnit.FirstOrDefault(k => WordAt(folded, next, limit, k)) is { } kept)
            {
                end = next + kept.Length;
                words += 2;
                continue;
            }

            // A capitalized word inside a clause belongs to a name ("Sở Giáo dục", "Sở Tài chính"): plans do not capitalize verbs.
            if (!char.IsUpper(text[next]) && VerbTable.Candidates(folded, next, limit).Any(v => WordAt(folded, next, limit, v) && WrittenAs(text, next, v)))
                return (end, Stop.Verb);
            var wordEnd = next;
            while (wordEnd < limit && !char.IsWhiteSpace(folded[wordEnd]) && !IsBreak(folded[wordEnd]) && folded[wordEnd] != ',')
                wordEnd++;
            end = wordEnd;
            words++;
        }
    }

    private static readonly string[] Generic = ["co quan", "don vi", "dia phuong", "so", "ban", "nganh", "doan the", "to chuc", "huyen", "thi xa", "thanh pho", "xa", "phuong", "thi tran", "hoi", "cac cap"];

    private static bool EndsGeneric(string folded, int from, int end)
    {
        var segment = folded[from..end];
        // "chi ủy cơ sở" ends in "sở" but names no group of departments.
        if (segment.EndsWith("co so", StringComparison.Ordinal))
            return false;
        return Generic.Any(g => segment.EndsWith(g, StringComparison.Ordinal) && (segment.Length == g.Length || !char.IsLetterOrDigit(segment[^(g.Length + 1)])));
    }

    /// <summary>How long the generic word at <paramref name="at"/> is ("tổ chức", "các đơn vị"); 0 when there is none.</summary>
    private static int GenericLength(string folded, int at, int limit)
    {
        var position = WordAt(folded, at, limit, "cac") ? SkipSpaces(folded, at + 3, limit) : at;
        return Generic.FirstOrDefault(g => WordAt(folded, position, limit, g)) is { } word ? position + word.Length - at : 0;
    }

    private static int NextItem(string folded, int from, int limit)
    {
        var position = SkipSpaces(folded, from, limit);
        if (position < limit && folded[position] == ',')
            return SkipSpaces(folded, position + 1, limit);
        if (WordAt(folded, position, limit, "va"))
            return SkipSpaces(folded, position + 2, limit);
        return -1;
    }

    private static string? HeadAt(string text, string folded, int at, int limit, bool first)
    {
        foreach (var head in HeadTable.Candidates(folded, at, limit))
        {
            if (!WordAt(folded, at, limit, head))
                continue;
            if (CapitalizedOnly.Contains(head) && !char.IsUpper(text[at]))
                continue;
            if (first && NotFirst.Contains(head))
                continue;
            // "Trường hợp" (in case) is no school.
            if (head == "truong" && WordAt(folded, SkipSpacesFrom(folded, at + head.Length, limit), limit, "hop"))
                continue;
            // "Sở", "Hội", "Báo" name a body only when a capitalized name follows ("Sở Nội vụ", not "Sở xây dựng kế hoạch" in a sentence).
            if (CapitalizedOnly.Contains(head) && head.Length <= 5 && !NextWordCapitalized(text, at + head.Length, limit))
                continue;
            return head;
        }

        return null;
    }

    private static int SkipSpacesFrom(string folded, int at, int limit) => SkipSpaces(folded, at, limit);

    private static bool NextWordCapitalized(string text, int from, int limit)
    {
        var position = from;
        while (position < limit && text[position] == ' ')
            position++;
        return position < limit && char.IsUpper(text[position]);
    }

    private static bool WordAt(string folded, int at, int limit, string word)
    {
        if (at < 0 || at + word.Length > limit || string.CompareOrdinal(folded, at, word, 0, word.Length) != 0)
            return false;
        if (at > 0 && char.IsLetterOrDigit(folded[at - 1]))
            return false;
        var after = at + word.Length;
        return after >= limit || !char.IsLetterOrDigit(folded[after]) || !char.IsLetterOrDigit(word[^1]);
    }

    private static int Skip(string folded, int at, int limit, string[] words)
    {
        foreach (var word in words)
        {
            if (WordAt(folded, at, limit, word.TrimEnd()))
                return SkipSpaces(folded, at + word.Length, limit);
        }

        return at;
    }

    private static int SkipSpaces(string folded, int at, int limit)
    {
        while (at < limit && (folded[at] == ' ' || folded[at] == '\t'))
            at++;
        return Math.Min(at, limit);
    }

    private static bool IsBreak(char c) => c is ';' or ':' or '(' or ')' or '.' or '"' or '“' or '”' or '!' or '?' or '\n' or '\r';

    [GeneratedRegex(@"\G(?<plural>(?:cac|moi)\s+)?(?:(?<part>tinh|thanh|huyen|thi|quan)\s*[,\-–]\s*)+(?<last>(?:tinh|thanh|huyen|thi|quan) uy)\b")]
    private static partial Regex ElidedCommittees();

    [GeneratedRegex(@"\G(?<plural>(?:cac|moi)\s+)?chi\s*[,\-–]\s*(?=dang bo\b)")]
    private static partial Regex ElidedCells();

    private static string[] OrderLongestFirst(string[] words) => [.. words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
}
