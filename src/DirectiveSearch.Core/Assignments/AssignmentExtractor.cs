using System.Text.RegularExpressions;
using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Assignments;

/// <summary>
/// The tasks a plan assigns. Inside the parts that assign work ("TỔ CHỨC THỰC HIỆN", "NHIỆM VỤ CỦA CÁC ..."), every
/// paragraph is a task of the unit it names as its subject ("Ban Tuyên giáo Đảng ủy Khối là cơ quan thường trực,
/// ..."; "Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với ...") or of the unit its numbered heading names ("3. Ban
/// Tuyên giáo Đảng uỷ" over the paragraphs below it). A paragraph splits where a clause names a new subject or a
/// deadline in parentheses closes a task. A document without such a part yields only clauses that assign work
/// outright (a unit with "chủ trì", "giao", "chịu trách nhiệm", or a deadline).
/// </summary>
public static partial class AssignmentExtractor
{
    private static readonly string[] ScopeHeadings = ["to chuc thuc hien", "nhiem vu cua cac", "nhiem vu cua", "trach nhiem cua", "phan cong nhiem vu", "phan cong thuc hien", "trach nhiem thuc hien"];
    private static readonly string[] Closings = ["tren day", "trong qua trinh", "qua trinh thuc hien", "noi nhan"];
    private static readonly string[] Openings =
    [
        "can cu", "tren co so", "duoi su", "theo ", "sau khi", "de ", "nham ", "ngoai ra", "dong thoi", "bên canh", "ben canh", "trong do",
        "dinh ky", "hang nam", "hang quy", "hang thang", "tu ngay", "truoc ngay", "cham nhat", "sau do",
    ];

    // Words leading a subject without a comma: "Riêng các chi bộ ...", "Đối với các chi bộ trực thuộc ... sẽ tiến hành ...".
    private static readonly string[] LeadIns = ["rieng ", "doi voi ", "trong do ", "ngoai ra "];

    // A subject followed by these reports what it did or is doing ("các cơ quan đã triển khai"): no task.
    private static readonly string[] Tenses = ["da", "vua", "dang"];

    private static readonly string[] LevelWords = ["xa", "phuong", "thi tran", "huyen", "tinh"];
    private static readonly string[] Markers = ["chu tri", "giao ", "yeu cau ", "de nghi ", "chiu trach nhiem", "co trach nhiem", "phoi hop", " se ", "la co quan thuong truc"];
    private static readonly string[] Cues = ["chu tri", "giao", "yeu cau", "de nghi", "trach nhiem", "phoi hop", "truoc", "cham nhat", "dinh ky", "hang ", "quy ", " se ", "sau day"];
    private static readonly string[] Qualifiers = ["truc thuoc", "co so", "cap tinh", "cap huyen", "cap xa", "cac cap", "dang uy", "tinh uy", "huyen uy", "thanh uy", "thi uy", "dang bo"];

    // Normative legal documents state duties of whoever holds an office, not tasks with a deadline: they assign nothing.
    private static readonly HashSet<string> Normative = new(StringComparer.Ordinal) { "Luật", "Bộ luật", "Nghị định", "Thông tư", "Thông tư liên tịch", "Pháp lệnh", "Lệnh", "Hiến pháp" };

    public static IReadOnlyList<Assignment> Extract(DocumentRecord record, DocumentCitations? citations = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = record.Text;
        if (text.Length == 0 || Normative.Contains(record.Type.Name))
            return [];
        var folded = FoldedText.Of(text);
        var context = UnitContext.Of(record);
        var planDate = record.Date ?? YearOfText(text);
        var scopes = new List<Section>();
        CollectScopes(record.Sections, folded, scopes);

        var drafts = new List<Draft>();
        if (scopes.Count == 0)
            ReadParagraphs(text, folded, 0, text.Length, record, explicitOnly: true, drafts);
        else
        {
            foreach (var scope in scopes)
                ReadParagraphs(text, folded, scope.Start, scope.End, record, explicitOnly: false, drafts);
        }

        var planDirectives = citations is null
            ? []
            : citations.Citations.Where(c => c.Relation == CitationRelation.Implements && !c.IsSelf && c.Target is not null).Select(c => c.Target!).Distinct(StringComparer.Ordinal).ToList();
        var assignments = new List<Assignment>(drafts.Count);
        foreach (var draft in drafts)
        {
            var start = draft.Start;
            var end = draft.End;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
                end--;
            var lead = Resolve(text, folded, draft.Lead, context);
            var supporting = Supporting(text, folded, start, end, context).Where(s => lead.All(l => l.Id != s.Id)).ToList();
            var named = citations is null
                ? []
                : citations.Citations.Where(c => !c.IsSelf && c.Target is not null && c.Citation.Start >= start && c.Citation.End <= end).Select(c => c.Target!);
            assignments.Add(new Assignment(
                $"{record.Id}#{assignments.Count + 1}",
                record.Id,
                SectionLocator.PathAt(record.Sections, start),
                text[start..end],
                start,
                end,
                lead,
                supporting,
                lead.Count == 0 || draft.Uncertain,
                OutputOf(folded, start, end),
                DeadlineParser.Find(text, start, end, planDate),
                [.. named.Concat(planDirectives).Distinct(StringComparer.Ordinal)]));
        }

        return assignments;
    }

    /// <summary>
    /// Without the plan's date, the year its dates name last ("... trước ngày 30/11/2009"): the year of "trước 30/10"
    /// in the same plan. A plan cites older directives and sets later deadlines, so the latest year is its own.
    /// </summary>
    private static DateOnly? YearOfText(string text)
    {
        var years = FullDate().Matches(text).Select(m => int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)).Where(y => y is >= 1945 and <= 2200).ToList();
        return years.Count == 0 ? null : new DateOnly(years.Max(), 1, 1);
    }

    private sealed class Draft(int start, IReadOnlyList<UnitMention> lead, bool uncertain)
    {
        public int Start { get; } = start;
        public int End { get; set; } = start;
        public IReadOnlyList<UnitMention> Lead { get; } = lead;
        public bool Uncertain { get; } = uncertain;
        public bool Explicit { get; set; }
    }

    private static void CollectScopes(IReadOnlyList<Section> sections, string folded, List<Section> scopes)
    {
        foreach (var section in sections)
        {
            var heading = FoldedText.Of(section.Heading);
            if (ScopeHeadings.Any(h => heading.StartsWith(h, StringComparison.Ordinal) || heading.Contains(h, StringComparison.Ordinal) && h == "to chuc thuc hien" && heading.Length < 40))
                scopes.Add(section);
            else
                CollectScopes(section.Children, folded, scopes);
        }
    }

    private static void ReadParagraphs(string text, string folded, int from, int to, DocumentRecord record, bool explicitOnly, List<Draft> drafts)
    {
        var paragraphs = JoinWrappedLines(text, Paragraphs(text, from, to).ToList());
        // In an explicit-only reading the first line may be anything; in a scope it is the scope's own heading.
        if (!explicitOnly && paragraphs.Count > 0)
            paragraphs.RemoveAt(0);

        var numbered = paragraphs.Select(p => BodyStart(folded, p.Start, p.End) > p.Start && Numbering().IsMatch(folded[p.Start..Math.Min(p.End, p.Start + 12)])).ToList();
        var lastNumbered = numbered.LastIndexOf(true);
        var headingUnits = new Dictionary<string, IReadOnlyList<UnitMention>>(StringComparer.Ordinal);
        var colonList = false;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (start, end) = paragraphs[i];
            var body = BodyStart(folded, start, end);
            if (body >= end || Closings.Any(c => folded.AsSpan(body).StartsWith(c, StringComparison.Ordinal)))
                continue;
            // "Các cơ quan, đơn vị sau đây chịu trách nhiệm ...:" announces the tasks below; it is none itself.
            if (ColonIntro().IsMatch(folded[body..end]))
            {
                colonList = explicitOnly;
                continue;
            }

            // Read outright assignments only where a word of one appears: most paragraphs of a decision assign nothing.
            if (explicitOnly && !colonList && !Cues.Any(c => folded.AsSpan(body, end - body).Contains(c, StringComparison.Ordinal)))
                continue;
            var path = SectionLocator.PathAt(record.Sections, body) ?? string.Empty;
            var isItem = body > start;

            // After the last numbered item, a plain paragraph closes the plan ("Ban Chấp hành ... yêu cầu các cấp ủy ...").
            if (!explicitOnly && i > lastNumbered && lastNumbered >= 0 && !isItem && !HeadingLine(text, folded, paragraphs[lastNumbered]))
                continue;

            var list = UnitScanner.ListAt(text, folded, body, end);
            if (list is not null && RestIsEmpty(folded, list.End, end))
            {
                headingUnits[path] = list.Units;
                continue;
            }

            IReadOnlyList<UnitMention>? inherited = null;
            var taskStart = body;
            if (list is not null && list.ColonFollows)
            {
                // "1. Các đồng chí Ủy viên ...: Có trách nhiệm ...": the label and the task are one task.
                inherited = list.Units;
            }
            else if (colonList && isItem && list is not null)
            {
                inherited = list.Units;
            }
            else
            {
                inherited = HeadingUnitsFor(path, headingUnits);
            }

            // Items after "... các nội dung sau:" whose bullets the page lost still list the tasks, while each names a unit.
            var listed = colonList && (isItem || NamesSubject(text, folded, taskStart, end));
            ReadClauses(text, folded, taskStart, end, inherited, explicitOnly && !listed, drafts);
            if (!listed)
                colonList = false;
        }
    }

    private static bool HeadingLine(string text, string folded, (int Start, int End) paragraph)
    {
        var body = BodyStart(folded, paragraph.Start, paragraph.End);
        return UnitScanner.ListAt(text, folded, body, paragraph.End) is { } list && RestIsEmpty(folded, list.End, paragraph.End);
    }

    private static IReadOnlyList<UnitMention>? HeadingUnitsFor(string path, Dictionary<string, IReadOnlyList<UnitMention>> headingUnits)
    {
        for (var p = path; p.Length > 0; p = p.LastIndexOf('.') is var dot && dot > 0 ? p[..dot] : string.Empty)
        {
            if (headingUnits.TryGetValue(p, out var units))
                return units;
        }

        return null;
    }

    private static void ReadClauses(string text, string folded, int start, int end, IReadOnlyList<UnitMention>? inherited, bool explicitOnly, List<Draft> drafts)
    {
        var paragraphDrafts = new List<Draft>();
        Draft? current = null;
        var closedByDeadline = false;
        foreach (var (clauseStart, clauseEnd, sentenceStart) in Clauses(text, folded, start, end))
        {
            var subject = SubjectAt(text, folded, clauseStart, clauseEnd);
            if (subject is not null)
            {
                current = new Draft(clauseStart, subject, uncertain: false) { Explicit = true };
                paragraphDrafts.Add(current);
            }
            else if (current is null || closedByDeadline && sentenceStart)
            {
                var lead = current?.Lead ?? inherited ?? [];
                current = new Draft(clauseStart, lead, uncertain: lead.Count == 0) { Explicit = current?.Explicit ?? false };
                paragraphDrafts.Add(current);
            }

            current.End = clauseEnd;
            closedByDeadline = EndsWithDeadline(folded, clauseStart, clauseEnd);
        }

        if (explicitOnly)
        {
            var anyAssigns = paragraphDrafts.Any(d => d.Explicit && Assigns(text, folded, d));
            paragraphDrafts.RemoveAll(d => !d.Explicit || !anyAssigns);
        }
        else
        {
            // A clause with no unit in a part that assigns work is a task only when it says by when.
            paragraphDrafts.RemoveAll(d => d.Lead.Count == 0 && DeadlineParser.Find(text, d.Start, d.End, null) is null);
        }

        drafts.AddRange(paragraphDrafts);
    }

    private static bool Assigns(string text, string folded, Draft draft)
    {
        var clause = " " + folded[draft.Start..draft.End];
        return Markers.Any(m => clause.Contains(m, StringComparison.Ordinal)) || DeadlineParser.Find(text, draft.Start, draft.End, null) is not null;
    }

    /// <summary>The units a clause opens with, when a verb follows them: "Ban Tuyên giáo Tỉnh ủy chủ trì ...", "Giao Văn phòng ...", "Căn cứ ..., các chi bộ xây dựng ...".</summary>
    private static IReadOnlyList<UnitMention>? SubjectAt(string text, string folded, int start, int end, bool paragraphStart = true)
    {
        var position = SkipSpaces(folded, start, end);
        var giao = Giao().Match(folded, position, end - position);
        if (giao.Success && giao.Index == position && UnitScanner.ListAt(text, folded, position + giao.Length, end) is { } assigned)
            return assigned.Units;

        foreach (var leadIn in LeadIns)
        {
            if (folded.AsSpan(position).StartsWith(leadIn, StringComparison.Ordinal) && UnitScanner.ListAt(text, folded, position + leadIn.Length, end) is { VerbFollows: true } led && !Reported(folded, led.End, end))
                return led.Units;
        }

        if (UnitScanner.ListAt(text, folded, position, end) is { } list && (list.VerbFollows || list.ColonFollows && paragraphStart))
        {
            if (Reported(folded, list.End, end))
                return null;
            // "Ban Thường vụ Tỉnh ủy giao Ban Tổ chức Tỉnh ủy ...": the one given the task is the subject.
            var next = SkipSpaces(folded, list.End, end);
            var handOver = Giao().Match(folded, next, end - next);
            if (handOver.Success && handOver.Index == next && UnitScanner.ListAt(text, folded, next + handOver.Length, end) is { } receiver)
                return receiver.Units;
            return list.Units;
        }

        if (Openings.Any(o => folded.AsSpan(position).StartsWith(o, StringComparison.Ordinal)))
        {
            for (var comma = folded.IndexOf(',', position, Math.Min(end, position + 400) - position); comma >= 0 && comma < end; comma = folded.IndexOf(',', comma + 1, Math.Min(end, position + 400) - comma - 1))
            {
                var after = SkipSpaces(folded, comma + 1, end);
                // A subject after the opening clause is plural ("các chi bộ") or a name ("Ban Tổ chức"), never "chi, đảng bộ" in passing.
                var plausible = after < end && (char.IsUpper(text[after]) || folded.AsSpan(after).StartsWith("cac ", StringComparison.Ordinal) || folded.AsSpan(after).StartsWith("moi ", StringComparison.Ordinal) || folded.AsSpan(after).StartsWith("dong chi ", StringComparison.Ordinal));
                if (plausible && UnitScanner.ListAt(text, folded, after, end) is { VerbFollows: true } later && !Reported(folded, later.End, end))
                {
                    var next = SkipSpaces(folded, later.End, end);
                    var handOver = Giao().Match(folded, next, end - next);
                    if (handOver.Success && handOver.Index == next && UnitScanner.ListAt(text, folded, next + handOver.Length, end) is { } receiver)
                        return receiver.Units;
                    return later.Units;
                }

                if (comma + 1 >= Math.Min(end, position + 400))
                    break;
            }
        }

        return null;
    }

    private static bool Reported(string folded, int at, int end)
    {
        var next = SkipSpaces(folded, at, end);
        return Tenses.Any(t => next + t.Length <= end && string.CompareOrdinal(folded, next, t, 0, t.Length) == 0 && (next + t.Length == end || !char.IsLetterOrDigit(folded[next + t.Length])));
    }

    /// <summary>Sentences, split further at ";" where the next clause names its own subject.</summary>
    private static bool NamesSubject(string text, string folded, int start, int end) =>
        Clauses(text, folded, start, end).Any(c => SubjectAt(text, folded, c.Start, c.End) is not null);

    /// <summary>
    /// Where "và" joins two clauses with subjects of their own ("các chi bộ ... chuẩn bị ... trong quý IV/2019 và BCĐ
    /// ... chỉ đạo ..."): not inside a list of units ("phối hợp với Sở A và Sở B", "chỉ đạo các huyện ủy và các đảng ủy
    /// thực hiện"), and only after the first subject's verb.
    /// </summary>
    private static IEnumerable<int> JoinedClauses(string text, string folded, int start, int end)
    {
        var subject = SubjectAt(text, folded, start, end);
        if (subject is null)
            yield break;
        var subjectEnd = subject.Max(u => u.End);
        for (var and = folded.IndexOf(" va ", subjectEnd, end - subjectEnd, StringComparison.Ordinal); and >= 0; and = and + 4 < end ? folded.IndexOf(" va ", and + 4, end - and - 4, StringComparison.Ordinal) : -1)
        {
            var next = and + 4;
            if (Together().IsMatch(folded[start..and]) || EndsUnit(text, folded, Math.Max(subjectEnd, and - 90), and))
                continue;
            if (UnitScanner.ListAt(text, folded, next, end) is { VerbFollows: true } list && !Reported(folded, list.End, end) && (char.IsUpper(text[next]) || folded.AsSpan(next).StartsWith("cac ", StringComparison.Ordinal)))
                yield return next;
        }
    }

    /// <summary>True when a unit named in [from, at) ends right at <paramref name="at"/>.</summary>
    private static bool EndsUnit(string text, string folded, int from, int at)
    {
        for (var position = from; position < at; position++)
        {
            if (position > 0 && char.IsLetterOrDigit(folded[position - 1]))
                continue;
            if (UnitScanner.ListAt(text, folded, position, at) is { } list && list.End >= at - 1)
                return true;
        }

        return false;
    }

    private static IEnumerable<(int Start, int End, bool SentenceStart)> Clauses(string text, string folded, int start, int end)
    {
        foreach (var (sentenceStart, sentenceEnd) in Sentences(text, start, end))
        {
            var clauseStart = sentenceStart;
            var first = true;
            for (var semicolon = folded.IndexOf(';', sentenceStart, sentenceEnd - sentenceStart); semicolon >= 0; semicolon = semicolon + 1 < sentenceEnd ? folded.IndexOf(';', semicolon + 1, sentenceEnd - semicolon - 1) : -1)
            {
                var next = SkipSpaces(folded, semicolon + 1, sentenceEnd);
                if (next < sentenceEnd && SubjectAt(text, folded, next, sentenceEnd, paragraphStart: false) is not null)
                {
                    yield return (clauseStart, semicolon + 1, first);
                    first = false;
                    clauseStart = next;
                }
            }

            foreach (var joined in JoinedClauses(text, folded, clauseStart, sentenceEnd).Take(1))
            {
                yield return (clauseStart, joined, first);
                first = false;
                clauseStart = joined;
            }

            yield return (clauseStart, sentenceEnd, first);
        }
    }

    private static IEnumerable<(int Start, int End)> Sentences(string text, int start, int end)
    {
        var sentenceStart = start;
        foreach (Match boundary in SentenceBoundary().Matches(text[start..end]))
        {
            var at = start + boundary.Index;
            yield return (sentenceStart, at);
            sentenceStart = start + boundary.Index + boundary.Length;
        }

        if (sentenceStart < end)
            yield return (sentenceStart, end);
    }

    private static bool EndsWithDeadline(string folded, int start, int end)
    {
        var clause = folded[start..end].TrimEnd(' ', '.', ';', '/', '*');
        if (!clause.EndsWith(')'))
            return false;
        var open = clause.LastIndexOf('(');
        return open >= 0 && DeadlineOpening().IsMatch(clause[(open + 1)..]);
    }

    private static IReadOnlyList<AssignedUnit> Resolve(string text, string folded, IReadOnlyList<UnitMention> mentions, UnitContext context)
    {
        var units = new List<AssignedUnit>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var written = mentions[i].Written;
            // "Chi uỷ, Chi bộ trực thuộc Đảng bộ xã": the qualifier of the next unit qualifies a bare one before it.
            // A committee of a level ("huyện ủy", "thành ủy") is one body whatever follows: "trực thuộc" qualifies the đảng ủy after it.
            if (mentions[i].Bare && !LevelCommittee().IsMatch(FoldedText.Of(written)) && mentions.Skip(i + 1).FirstOrDefault(m => !m.Bare) is { } qualified)
            {
                var qualifier = text[qualified.HeadEnd..qualified.End].Trim();
                var qualifierFolded = FoldedText.Of(qualifier);
                if (Qualifiers.Any(q => qualifierFolded.StartsWith(q, StringComparison.Ordinal)))
                    written = written.TrimEnd() + " " + qualifier;
            }

            written = WithSharedLevel(written, mentions, i, context);
            var unit = UnitResolver.Resolve(written, context);
            if (units.All(u => u.Id != unit.Id))
                units.Add(unit);
        }

        return units;
    }

    /// <summary>
    /// "Bộ CHQS, Công an tỉnh", "Ban Công an, Ban Chỉ huy quân sự xã": the level word closing a list belongs to every
    /// body in it that names no level or place of its own; a committee ("Tỉnh ủy") and a body named by its place
    /// ("Báo Quảng Ngãi") keep their names.
    /// </summary>
    private static string WithSharedLevel(string written, IReadOnlyList<UnitMention> mentions, int index, UnitContext context)
    {
        if (index == mentions.Count - 1)
            return written;
        var last = FoldedText.Of(mentions[^1].Written).TrimEnd();
        if (LevelWords.FirstOrDefault(l => last.EndsWith(" " + l, StringComparison.Ordinal)) is not { } level)
            return written;
        var folded = FoldedText.Of(written).TrimEnd();
        var place = context.Locality is var (_, p) ? FoldedText.Of(p) : null;
        if (folded.EndsWith("uy", StringComparison.Ordinal) || folded.Split(' ').Any(w => w is "tinh" or "huyen" or "xa" or "phuong" or "quan" or "thanh" or "thi" or "trung" or "truc") || place is not null && folded.EndsWith(place, StringComparison.Ordinal))
            return written;
        var original = mentions[^1].Written.TrimEnd();
        return written.TrimEnd() + " " + original[^level.Length..];
    }

    private static IEnumerable<AssignedUnit> Supporting(string text, string folded, int start, int end, UnitContext context)
    {
        foreach (Match together in Together().Matches(folded[start..end]))
        {
            if (UnitScanner.ListAt(text, folded, start + together.Index + together.Length, end) is { } list)
            {
                foreach (var unit in Resolve(text, folded, list.Units, context))
                    yield return unit;
            }
        }
    }

    private static string? OutputOf(string folded, int start, int end)
    {
        var clause = folded[start..end];
        var found = Outputs()
            .Select(o => (o.Kind, Match: o.Pattern.Match(clause)))
            .Where(o => o.Match.Success)
            .OrderBy(o => o.Match.Index)
            .FirstOrDefault();
        return found.Kind;
    }

    private static IEnumerable<(string Kind, Regex Pattern)> Outputs()
    {
        yield return ("preliminary-review", PreliminaryReview());
        yield return ("final-review", FinalReview());
        yield return ("report", Report());
        yield return ("plan", Plan());
        yield return ("programme", Programme());
        yield return ("scheme", Scheme());
        yield return ("conference", Conference());
    }

    private static IEnumerable<(int Start, int End)> Paragraphs(string text, int from, int to)
    {
        var start = from;
        while (start < to)
        {
            var newline = text.IndexOf('\n', start, to - start);
            var end = newline < 0 ? to : newline;
            if (text.AsSpan(start, end - start).Trim().Length > 0)
                yield return (start, end);
            start = end + 1;
        }
    }

    /// <summary>A line starting in lower case continues the one before: the converter broke a paragraph ("... suy\nthoái, ...").</summary>
    private static List<(int Start, int End)> JoinWrappedLines(string text, List<(int Start, int End)> lines)
    {
        var joined = new List<(int Start, int End)>(lines.Count);
        foreach (var line in lines)
        {
            var first = line.Start;
            while (first < line.End && char.IsWhiteSpace(text[first]))
                first++;
            if (joined.Count > 0 && first < line.End && char.IsLower(text[first]) && !text.AsSpan(joined[^1].Start, joined[^1].End - joined[^1].Start).TrimEnd().EndsWith(":"))
                joined[^1] = (joined[^1].Start, line.End);
            else
                joined.Add(line);
        }

        return joined;
    }

    private static int BodyStart(string folded, int start, int end)
    {
        var position = SkipSpaces(folded, start, end);
        var marker = Numbering().Match(folded, position, Math.Min(end, position + 16) - position);
        return marker.Success && marker.Index == position ? SkipSpaces(folded, position + marker.Length, end) : position;
    }

    private static bool RestIsEmpty(string folded, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (!char.IsWhiteSpace(folded[i]) && folded[i] is not ('.' or ':' or ';' or '*'))
                return false;
        }

        return true;
    }

    private static char NextChar(string folded, int from, int end)
    {
        var position = SkipSpaces(folded, from, end);
        return position < end ? folded[position] : '\0';
    }

    private static int SkipSpaces(string folded, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(folded[at]))
            at++;
        return at;
    }

    [GeneratedRegex(@"\G(?:[-–+•*]+|\d{1,2}(?:\.\d{1,2})*[.)\-]|[a-zđ]\)|[ivx]{1,4}[.\-])[ \t]*")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\G(?:cung\s+)?(?:giao|yeu cau|de nghi)\s+(?:nhiem vu\s+)?(?:cho\s+)?")]
    private static partial Regex Giao();

    [GeneratedRegex(@"phoi hop\s*(?:chat che\s*)?(?:voi\s*)?")]
    private static partial Regex Together();

    [GeneratedRegex(@"(?<=[.!?…])[\s*]+(?=[\p{Lu}(])")]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"^\W*(thuc hien|hoan thanh|trong|truoc|nam \d|nam thu|quy|thang|tu nam|khi|sau khi|dinh ky|hang |cham nhat|xong|6 thang|thuong xuyen)")]
    private static partial Regex DeadlineOpening();

    [GeneratedRegex(@"(trach nhiem|nhiem vu|phan cong|thuc hien)[^:]*:\s*$")]
    private static partial Regex ColonIntro();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{4})\b")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^\s*((cac|moi)\s+)?(tinh|thanh|huyen|thi|quan) uy\s*$")]
    private static partial Regex LevelCommittee();

    [GeneratedRegex(@"\bso ket\b")]
    private static partial Regex PreliminaryReview();

    [GeneratedRegex(@"\btong ket\b")]
    private static partial Regex FinalReview();

    [GeneratedRegex(@"\b(gui|nop|dinh ky|tong hop)\s+(\w+\s+){0,2}bao cao\b|\bbao cao\s+(ket qua|tinh hinh|ve|cho|ban|thuong truc|uy ban|cap)\b|(^|[,;]\s*)bao cao\b")]
    private static partial Regex Report();

    [GeneratedRegex(@"\b(xay dung|ban hanh|co|lap)\s+((\w+\s+){0,2}|va trien khai (thuc hien )?)ke hoach\b|^\W*ke hoach\b")]
    private static partial Regex Plan();

    [GeneratedRegex(@"\b(xay dung|ban hanh)\s+chuong trinh\b")]
    private static partial Regex Programme();

    [GeneratedRegex(@"\b(xay dung|ban hanh|trinh)\s+de an\b")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"\b(to chuc|mo|tien hanh)\s+(xong\s+)?(\w+\s+){0,2}(hoi nghi|dai hoi)\b")]
    private static partial Regex Conference();
}
