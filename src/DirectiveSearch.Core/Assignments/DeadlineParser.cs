using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Assignments;

/// <summary>
/// Reads the deadline of a task from its words. A deadline in parentheses closing the task ("(Quý I/2022)",
/// "(thực hiện thường xuyên)") is the plan's own timetable and wins; otherwise a phrase that marks a deadline
/// ("trước ngày 28/02/2023", "chậm nhất ngày ...", "định kỳ hằng năm báo cáo"). A bare date is not one: in
/// "Kết luận số 21-KL/TW, ngày 25/10/2021" it dates a directive.
/// </summary>
public static partial class DeadlineParser
{
    /// <param name="text">The document text.</param>
    /// <param name="start">Where the task starts in <paramref name="text"/>.</param>
    /// <param name="end">Where it ends.</param>
    /// <param name="documentDate">The plan's date: the year of "trước 30/10" when the plan leaves it out.</param>
    public static Deadline? Find(string text, int start, int end, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = FoldedText.Of(text[start..end]);
        var year = documentDate?.Year;

        Deadline? last = null;
        foreach (Match paren in Parenthetical().Matches(folded))
        {
            var inner = paren.Groups["inner"];
            if (!DeadlineOpening().IsMatch(inner.Value))
                continue;
            var innerStart = start + inner.Index;
            var written = text.Substring(innerStart, inner.Length).Trim().Trim('*').Trim();
            last = Phrase(inner.Value, year, written, innerStart, innerStart + inner.Length)
                ?? new Deadline(written, DeadlineKinds.Unclear, null, null, innerStart, innerStart + inner.Length);
        }

        if (last is not null)
            return last;

        var best = (Match: (Match?)null, Read: (Func<Match, (string Kind, DateOnly? Due, string? Recurrence)?>?)null);
        foreach (var (pattern, read) in BodyPatterns(year, folded))
        {
            var match = pattern.Match(folded);
            if (match.Success && read(match) is not null && (best.Match is null || match.Index < best.Match.Index))
                best = (match, read);
            // A date set with "trước ngày", "chậm nhất" (the first pattern) is the deadline whatever else the clause says.
            if (best.Match is not null && pattern == DateTriggered())
                break;
        }

        if (best.Match is not { } found || best.Read!(found) is not { } value)
            return null;
        return new Deadline(text.Substring(start + found.Index, found.Length), value.Kind, value.Due, value.Recurrence, start + found.Index, start + found.Index + found.Length);
    }

    /// <summary>The deadline a phrase such as "hoàn thành trong tháng 02/2022" states, null when it states none.</summary>
    public static Deadline? Parse(string phrase, DateOnly? documentDate = null)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return Find(phrase, 0, phrase.Length, documentDate);
    }

    private static Deadline? Phrase(string folded, int? year, string written, int start, int end)
    {
        if (Conditional().IsMatch(folded))
            return new Deadline(written, DeadlineKinds.Conditional, null, null, start, end);

        var candidates = new List<(int At, string Kind, DateOnly? Due, string? Recurrence)>();
        void Add(Match m, string kind, DateOnly? due, string? recurrence)
        {
            if (m.Success)
                candidates.Add((m.Index, kind, due, recurrence));
        }

        var ongoing = Ongoing().Match(folded);
        Add(ongoing, DeadlineKinds.Ongoing, null, null);
        var recurring = RecurringPhrase().Match(folded);
        if (recurring.Success)
            Add(recurring, DeadlineKinds.Recurring, null, RecurrenceOf(recurring.Value));
        var date = DateAny().Match(folded);
        if (date.Success && DateOf(date, year) is { } dated)
            Add(date, DeadlineKinds.Date, dated.Due, null);
        var month = Month().Match(folded);
        if (month.Success && MonthEnd(month.Groups["m"].Value, month.Groups["y"].Value) is { } monthEnd)
            Add(month, DeadlineKinds.Month, monthEnd, null);
        var quarter = Quarter().Match(folded);
        if (quarter.Success)
            Add(quarter, quarter.Groups["y"].Success ? DeadlineKinds.Quarter : DeadlineKinds.Recurring, QuarterEnd(quarter), quarter.Groups["y"].Success ? null : "annual");
        var half = Half().Match(folded);
        if (half.Success)
            Add(half, DeadlineKinds.Half, HalfEnd(half), null);
        var from = From().Match(folded);
        Add(from, DeadlineKinds.Start, null, null);
        var years = Years().Match(folded);
        if (years.Success && !from.Success)
            Add(years, DeadlineKinds.Year, new DateOnly(years.Groups["y"].Captures.Max(c => int.Parse(c.Value)), 12, 31), null);

        if (candidates.Count == 0)
            return null;
        var first = candidates.OrderBy(c => c.At).ThenBy(c => Rank(c.Kind)).First();
        return new Deadline(written, first.Kind, first.Due, first.Recurrence, start, end);
    }

    // "Quý I/2022" is found at the same place as "năm 2022" would be in "Quý I năm 2022": the narrower period wins.
    private static int Rank(string kind) => kind switch
    {
        DeadlineKinds.Date => 0,
        DeadlineKinds.Month => 1,
        DeadlineKinds.Quarter => 2,
        DeadlineKinds.Half => 3,
        DeadlineKinds.Recurring => 4,
        _ => 5,
    };

    private static IEnumerable<(Regex Pattern, Func<Match, (string Kind, DateOnly? Due, string? Recurrence)?> Read)> BodyPatterns(int? year, string folded)
    {
        yield return (DateTriggered(), m => DateOf(m, year) is { } dated ? (DeadlineKinds.Date, dated.Due, (string?)null) : null);
        yield return (MonthTriggered(), m => MonthEnd(m.Groups["m"].Value, m.Groups["y"].Value) is { } end ? (DeadlineKinds.Month, (DateOnly?)end, (string?)null) : null);
        yield return (QuarterTriggered(), m => (m.Groups["y"].Success ? DeadlineKinds.Quarter : DeadlineKinds.Recurring, QuarterEnd(m), m.Groups["y"].Success ? null : "annual"));
        yield return (HalfTriggered(), m => (DeadlineKinds.Half, HalfEnd(m), (string?)null));
        yield return (RecurringTriggered(), m => (DeadlineKinds.Recurring, (DateOnly?)null, RecurrenceOf(m.Value) is "periodic" ? PeriodAfter(folded, m.Index + m.Length) : RecurrenceOf(m.Value)));
        yield return (RecurringPlain(), m => (DeadlineKinds.Recurring, (DateOnly?)null, RecurrenceOf(m.Value)));
        yield return (YearTriggered(), m => (DeadlineKinds.Year, (DateOnly?)new DateOnly(int.Parse(m.Groups["y"].Value), 12, 31), (string?)null));
    }

    private static (DateOnly? Due, bool HasYear)? DateOf(Match m, int? year)
    {
        if (!int.TryParse(m.Groups["d"].Value, out var day) || !int.TryParse(m.Groups["m"].Value, out var month))
            return null;
        int? y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : year;
        if (month is < 1 or > 12 || day < 1)
            return null;
        if (y is not { } known)
            return day <= 31 ? (null, false) : null;
        if (known is < 1900 or > 2200 || day > DateTime.DaysInMonth(known, month))
            return null;
        return (new DateOnly(known, month, day), m.Groups["y"].Success);
    }

    private static DateOnly? MonthEnd(string month, string year)
    {
        if (!int.TryParse(month, out var m) || !int.TryParse(year, out var y) || m is < 1 or > 12 || y is < 1900 or > 2200)
            return null;
        return new DateOnly(y, m, DateTime.DaysInMonth(y, m));
    }

    private static DateOnly? QuarterEnd(Match m)
    {
        if (!m.Groups["y"].Success)
            return null;
        var quarter = m.Groups["q"].Value switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, _ => 4 };
        var year = int.Parse(m.Groups["y"].Value);
        return year is < 1900 or > 2200 ? null : new DateOnly(year, quarter * 3, DateTime.DaysInMonth(year, quarter * 3));
    }

    private static DateOnly? HalfEnd(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value);
        if (year is < 1900 or > 2200)
            return null;
        return m.Groups["h"].Value == "dau" ? new DateOnly(year, 6, 30) : new DateOnly(year, 12, 31);
    }

    /// <summary>"Định kỳ từ ngày 1 đến ngày 5 hằng tháng": the period a bare "định kỳ" announces, named within a few words after it.</summary>
    private static string PeriodAfter(string folded, int from)
    {
        var window = folded.Substring(from, Math.Min(48, folded.Length - from));
        var named = PeriodNamed().Match(window);
        return named.Success ? RecurrenceOf(named.Value) : "periodic";
    }

    private static string RecurrenceOf(string folded) =>
        folded.Contains("6 thang", StringComparison.Ordinal) || folded.Contains("sau thang", StringComparison.Ordinal) || folded.Contains("nua nam", StringComparison.Ordinal) ? "semiannual"
        : folded.Contains("nam", StringComparison.Ordinal) ? "annual"
        : folded.Contains("quy", StringComparison.Ordinal) ? "quarterly"
        : folded.Contains("thang", StringComparison.Ordinal) ? "monthly"
        : "periodic";

    [GeneratedRegex(@"\((?<inner>[^()]{2,200})\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^\W*(thuc hien|hoan thanh|trong|truoc|nam \d|nam thu|quy|thang|tu nam|tu thang|tu quy|khi|sau khi|dinh ky|hang |cham nhat|xong|6 thang|nua|giua|cuoi|dau nam|thuong xuyen)")]
    private static partial Regex DeadlineOpening();

    [GeneratedRegex(@"^\W*(khi|sau khi|ngay sau khi|theo yeu cau|khi co)\b")]
    private static partial Regex Conditional();

    [GeneratedRegex(@"\b(thuong xuyen|lien tuc)\b")]
    private static partial Regex Ongoing();

    [GeneratedRegex(@"\b(dinh ky\s*(hang|hanh)?\s*(nam|quy|thang)?|(hang|moi)\s*(nam|quy|thang)|dinh ky\s*6 thang|6 thang\s*(mot|1) lan)\b")]
    private static partial Regex RecurringPhrase();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})(\s*[/.\-]\s*(?<y>\d{4}))?\b|\bngay (?<d>\d{1,2}) thang (?<m>\d{1,2})( nam (?<y>\d{4}))?")]
    private static partial Regex DateAny();

    [GeneratedRegex(@"\bthang (?<m>\d{1,2})\s*([/.\-]|nam)\s*(?<y>\d{4})\b")]
    private static partial Regex Month();

    [GeneratedRegex(@"\bquy (?<q>iv|iii|ii|i|[1-4])\b(\s*([/.\-]|nam)\s*(?<y>\d{4}))?")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(6 thang|nua) (?<h>dau|cuoi) nam\s*(?<y>\d{4})\b")]
    private static partial Regex Half();

    [GeneratedRegex(@"\btu (nam|thang \d{1,2}\s*[/.\-]?)\s*\d{4}\b")]
    private static partial Regex From();

    [GeneratedRegex(@"\bnam (?<y>\d{4})(\s*(,|va|-|–)\s*(?<y>\d{4}))*")]
    private static partial Regex Years();

    [GeneratedRegex(@"\b(truoc ngay|truoc|cham nhat (la |vao )?(ngay )?|han chot (la |vao )?(ngay )?|han cuoi (la |vao )?(ngay )?|xong truoc (ngay )?|hoan thanh truoc (ngay )?)\s*(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})(\s*[/.\-]\s*(?<y>\d{4}))?\b|\b(truoc|cham nhat) ngay (?<d>\d{1,2}) thang (?<m>\d{1,2})( nam (?<y>\d{4}))?")]
    private static partial Regex DateTriggered();

    [GeneratedRegex(@"\b(hoan thanh |xong )?(trong|truoc|vao|cuoi|het) thang (?<m>\d{1,2})\s*([/.\-]|nam)\s*(?<y>\d{4})\b")]
    private static partial Regex MonthTriggered();

    [GeneratedRegex(@"\b(hoan thanh |xong )?(trong|truoc|vao|cuoi|het) quy (?<q>iv|iii|ii|i|[1-4])\b(\s*([/.\-]|nam)\s*(?<y>\d{4}))?")]
    private static partial Regex QuarterTriggered();

    [GeneratedRegex(@"\b(trong|truoc|vao) (6 thang|nua) (?<h>dau|cuoi) nam\s*(?<y>\d{4})\b")]
    private static partial Regex HalfTriggered();

    [GeneratedRegex(@"\b(dinh ky\s*((hang|hanh) (nam|quy|thang)|6 thang)?|(so ket|tong ket|bao cao|kiem tra) (hang|moi) (nam|quy|thang)|6 thang (mot|1) lan)\b")]
    private static partial Regex RecurringTriggered();

    [GeneratedRegex(@"^[^.;]*?\b((hang|moi|hanh) (nam|quy|thang)|6 thang|sau thang|nua nam)\b")]
    private static partial Regex PeriodNamed();

    // "từ ngày 5 đến ngày 10 hằng tháng", "báo cáo hằng quý": a period named without "định kỳ".
    [GeneratedRegex(@"\b(hang|moi) (quy|thang)\b")]
    private static partial Regex RecurringPlain();

    [GeneratedRegex(@"\b(hoan thanh trong|hoan thanh|trong|vao|truoc) nam (?<y>\d{4})\b")]
    private static partial Regex YearTriggered();
}
