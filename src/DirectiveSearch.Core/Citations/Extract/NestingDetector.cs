using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Citations.Extract;

/// <summary>
/// Finds a citation whose subject says it implements the next one: "Kế hoạch số 49-KH/TU ngày 27/01/2022 của
/// Tỉnh ủy về thực hiện Kết luận số 21-KL/TW" (seed 000), "Kế hoạch số 03-KH/TW, ngày 01/12/2021 của Bộ Chính
/// trị thực hiện Kết luận số 21-KL/TW" (seed 004), "Kết luận số 01-KL/TW ... về tiếp tục thực hiện Chỉ thị số
/// 05-CT/TW". Between the first citation's date, body and term and the second citation there may only be
/// "về ..." ending in the verb, or the verb alone, within one clause and with no other document named; the
/// words "vào quý II năm 2023, tổng kết 10 năm thực hiện" (seed 002) do not make a nesting. Citations
/// coordinated with the target ("... và Kết luận số 21-KL/TW", the nouns of one meeting) are targets too.
/// </summary>
internal static partial class NestingDetector
{
    private const int MaxGap = 300;

    public static IReadOnlyList<NestedRelation>[] Detect(string text, IReadOnlyList<CitationDraft> drafts)
    {
        var relations = new IReadOnlyList<NestedRelation>[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            relations[i] = [];
            if (i + 1 >= drafts.Count || drafts[i].Kind == CitationKind.SelfReference || drafts[i + 1].Kind == CitationKind.SelfReference)
                continue;
            var kind = VerbBetween(text, drafts[i].Tail.HeadEnd, drafts[i + 1].Span.Start);
            if (kind is not { } found)
                continue;
            var list = new List<NestedRelation> { new(i, i + 1, found) };
            for (var j = i + 2; j < drafts.Count && drafts[j].Kind != CitationKind.SelfReference && IsCoordinated(text, drafts[j - 1], drafts[j]); j++)
                list.Add(new NestedRelation(i, j, found));
            relations[i] = list;
        }

        return relations;
    }

    private static NestedRelationKind? VerbBetween(string text, int from, int to)
    {
        if (to < from || to - from > MaxGap)
            return null;
        var gap = text[from..to];
        if (!IsOneClause(gap) || TypeNounPatterns.AnyNoun().IsMatch(gap))
            return null;
        var match = NestingGap().Match(gap);
        if (!match.Success)
            return null;
        return match.Groups["continues"].Success ? NestedRelationKind.ContinuesImplementing : NestedRelationKind.Implements;
    }

    private static bool IsCoordinated(string text, CitationDraft previous, CitationDraft next)
    {
        var from = previous.Tail.HeadEnd;
        if (next.Span.Start < from || next.Span.Start - from > 12)
            return false;
        return Coordination().IsMatch(text.AsSpan(from, next.Span.Start - from));
    }

    private static bool IsOneClause(string gap)
    {
        for (var i = 0; i < gap.Length; i++)
        {
            var c = gap[i];
            if (c is ';' or ':' or '(' or ')' or '“' or '”' or '"')
                return false;
            if (c == '\n' && !(i + 1 < gap.Length && char.IsLower(gap[i + 1])))
                return false;
            if (c is '.' or '!' or '?' && (i + 1 == gap.Length || char.IsWhiteSpace(gap[i + 1])))
                return false;
        }

        return true;
    }

    [GeneratedRegex(@"^\s*,?\s*(?:(?:về|để)\s+(?:việc\s+)?(?:\S+\s+){0,40}?)?(?<continues>tiếp\s+tục\s+)?(?:triển\s+khai\s+)?(?:thực\s+hiện|triển\s+khai)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NestingGap();

    [GeneratedRegex(@"^\s*(?:,\s*và|,|và)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Coordination();
}
