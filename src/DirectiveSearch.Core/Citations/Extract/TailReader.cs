using System.Globalization;
using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Citations.Extract;

/// <summary>
/// Reads what follows a directive's name, in the order documents write it: ", ngày 25/10/2021" (or "ngày 25
/// tháng 10 năm 2021"), "của Ban Chấp hành Trung ương Đảng", "khóa XIII" or "(khóa XII)", then "về ...".
/// A decree may put the date after the body ("của Chính phủ ngày ..."). Each step is anchored where the last
/// one ended and reads a bounded stretch, so a citation costs at most a few hundred characters.
/// </summary>
internal static partial class TailReader
{
    private const int MaxBodyWords = 12;
    private const int MaxSubjectLength = 500;
    private const string TrailingPunctuation = ",;.:)”\"";

    // Words that end an issuing body: the subject ("về"), the term ("khóa"), a verb or a preposition that
    // starts the rest of the sentence. "của Bộ Chính trị quy định về việc ..." (seed 004) stops at "quy".
    private static readonly HashSet<string> BodyStopWordSet = new(StringComparer.Ordinal)
    {
        "về", "khóa", "khoá", "thực", "triển", "tại", "trong", "theo", "đối", "gắn", "để", "đã", "đang", "được",
        "vào", "là", "có", "cho", "nhằm", "trước", "sau", "khi", "với", "từ", "đến", "ngày", "thì", "nên", "phải",
        "cần", "sẽ", "đề", "xây", "hướng", "quán", "chỉ", "lãnh", "tổ", "kiểm", "quy", "qui", "ban", "mà", "nhưng",
        "hoặc", "cũng", "như", "này", "đó", "số", "năm", "tháng", "nhiệm", "bao", "gồm", "ký", "sửa", "bổ",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords = BodyStopWordSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly System.Buffers.SearchValues<char> InnerPunctuation = System.Buffers.SearchValues.Create("(“\"),;");

    public static CitationTail Read(string text, int position)
    {
        var cursor = position;
        var date = ReadDate(text, ref cursor);
        var body = ReadBody(text, ref cursor);
        date ??= body is not null ? ReadDate(text, ref cursor) : null;
        var term = ReadTerm(text, ref cursor);
        var headEnd = cursor;
        var (subject, subjectEnd) = ReadSubject(text, cursor);
        return new CitationTail(date, body, term, subject, headEnd, subject is null ? headEnd : subjectEnd);
    }

    /// <summary>A date at <paramref name="cursor"/> ("ngày 25/10/2021", "ngày 25 tháng 10 năm 2021"); moves past it.</summary>
    public static DateOnly? ReadDate(string text, ref int cursor)
    {
        var match = DateAt().Match(text, cursor);
        if (!match.Success)
            return null;
        var day = Number(match.Groups["d"].Value);
        var month = Number(match.Groups["m"].Success ? match.Groups["m"].Value : match.Groups["m2"].Value);
        var year = Number(match.Groups["y"].Success ? match.Groups["y"].Value : match.Groups["y2"].Value);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        cursor = match.Index + match.Length;
        return new DateOnly(year, month, day);
    }

    /// <summary>A term at <paramref name="cursor"/> ("khóa XIII", "(khoá XII)"); moves past it.</summary>
    public static string? ReadTerm(string text, ref int cursor)
    {
        var match = TermAt().Match(text, cursor);
        if (!match.Success)
            return null;
        cursor = match.Index + match.Length;
        return match.Groups["t1"].Success ? match.Groups["t1"].Value : match.Groups["t2"].Value;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    // "của " then capitalized words: "Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh" keeps its
    // lower-case words, and "Bộ Giáo dục và Đào tạo" its "và"; a stop word, clause punctuation, a type noun
    // ("của Bộ Chính trị và Kết luận số 21-KL/TW", seed 001) or a hard line break ends it. Words are read as
    // spans: this runs for every citation of a 60 MB corpus.
    private static string? ReadBody(string text, ref int cursor)
    {
        var match = BodyStart().Match(text, cursor);
        if (!match.Success)
            return null;
        var position = match.Index + match.Length;
        var words = new List<(int Start, int End)>(MaxBodyWords);
        while (words.Count < MaxBodyWords && position < text.Length)
        {
            var wordEnd = position;
            while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]))
                wordEnd++;
            var word = text.AsSpan(position, wordEnd - position);
            var core = word.TrimEnd(TrailingPunctuation);
            if (core.IsEmpty || core.ContainsAny(InnerPunctuation) || StopWords.Contains(core))
                break;
            if (words.Count > 0 && (core is "và" ? NextIsNoun(text, wordEnd) : char.IsUpper(core[0]) && NounAt().IsMatch(text.AsSpan(position))))
                break;
            words.Add((position, position + core.Length));
            if (core.Length != word.Length)
                break;
            position = SkipSoftSpace(text, wordEnd);
            if (position < 0)
                break;
        }

        while (words.Count > 0 && text.AsSpan(words[^1].Start, words[^1].End - words[^1].Start) is "và" or "các")
            words.RemoveAt(words.Count - 1);
        if (words.Count == 0)
            return null;
        cursor = words[^1].End;
        return string.Join(' ', words.Select(w => text[w.Start..w.End]));
    }

    private static bool NextIsNoun(string text, int wordEnd)
    {
        var next = SkipSoftSpace(text, wordEnd);
        return next >= 0 && next < text.Length && NounAt().Match(text, next).Success;
    }

    // Past the spaces after a word; -1 at a hard line break (one not followed by a lower-case letter).
    private static int SkipSoftSpace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            if (text[position] == '\n' && !(position + 1 < text.Length && char.IsLower(text[position + 1])))
                return -1;
            position++;
        }

        return position;
    }

    // "về ..." up to the end of its clause. A subject in quotes, opened before "về" ("“Về những điều đảng viên
    // không được làm”", seed 001) or right after it ("về “tăng cường ...”", seed 002), ends where that quote
    // closes. Outside quotes it ends at ";", ":", "(", a sentence end, a hard line break, or ", <noun> số"
    // that starts the next item of a list. Inside an unclosed quote (seed 001 never closes "“Về đẩy mạnh
    // ...") only "; <Noun>" ends it.
    private static (string? Subject, int End) ReadSubject(string text, int cursor)
    {
        var match = SubjectStart().Match(text, cursor);
        if (!match.Success)
            return (null, cursor);
        var openedByQuote = match.Groups["open"].Success;
        var start = openedByQuote ? match.Groups["open"].Index : match.Groups["ve"].Index;
        var quoted = openedByQuote || QuoteAfter().IsMatch(text.AsSpan(match.Index + match.Length));
        var limit = Math.Min(text.Length, start + MaxSubjectLength);
        var depth = 0;
        var straightOpen = false;
        var closed = false;
        var end = limit;
        for (var i = start; i < limit && end == limit; i++)
        {
            var c = text[i];
            if (c is '“' or '”' or '"')
            {
                var opening = c == '“' || c == '"' && !straightOpen;
                if (c == '"')
                    straightOpen = !straightOpen;
                depth += opening ? 1 : -1;
                if (depth == 0 && quoted)
                {
                    closed = true;
                    end = i + 1;
                }
                else if (depth < 0)
                {
                    end = i;
                }
            }
            else if (EndsSubject(text, i, depth))
            {
                end = i;
            }
        }

        var subject = text[start..end].Replace('\n', ' ').Trim().TrimEnd(',', ' ');
        if (openedByQuote)
            subject = closed && subject.Length > 1 ? subject[1..^1].Trim() : subject[1..].Trim();
        subject = TrailingAsFollows().Replace(subject, string.Empty);
        return subject.Length == 0 ? (null, cursor) : (subject, end);
    }

    private static bool EndsSubject(string text, int i, int depth)
    {
        var c = text[i];
        if (c == '\n')
            return !(i + 1 < text.Length && char.IsLower(text[i + 1]));
        if (depth > 0)
            return c == ';' && CapitalNounAt(text, i + 1);
        return c is ';' or ':' or '('
            || c is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))
            || c == ',' && NextListItem().Match(text, i + 1).Success;
    }

    private static bool CapitalNounAt(string text, int position)
    {
        while (position < text.Length && text[position] == ' ')
            position++;
        return position < text.Length && char.IsUpper(text[position]) && NounAt().Match(text, position).Success;
    }

    [GeneratedRegex(@"\G\s*[,\-–]?\s*(?:ban\s+hành\s+)?ngày\s+(?<d>\d{1,2})\s*(?:(?<sep>[/.\-])\s*(?<m>\d{1,2})\s*\k<sep>\s*(?<y>\d{4})|\s+tháng\s+(?<m2>\d{1,2})\s+năm\s+(?<y2>\d{4}))(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateAt();

    [GeneratedRegex(@"\G\s*,?\s*của\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"\G\s*,?\s*(?:\(\s*kh(?:óa|oá)\s+(?<t1>(?-i:[IVXL]{1,6}))\s*\)|kh(?:óa|oá)\s+(?<t2>(?-i:[IVXL]{1,6}))(?![\p{L}\p{M}]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TermAt();

    [GeneratedRegex(@"\G\s*[,\-–]?\s*(?<open>[“""])?\s*(?<ve>về)(?=\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectStart();

    [GeneratedRegex(@"^\s*[“""]", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteAfter();

    [GeneratedRegex(@"\s*,?\s*(?:cụ\s+thể\s+)?như\s+sau\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAsFollows();

    [GeneratedRegex(@"\G\s*(?:" + TypeNounPatterns.Nouns + @")\s+(?:số\s*)?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextListItem();

    [GeneratedRegex(@"\G(?:" + TypeNounPatterns.Nouns + @")(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounAt();
}
