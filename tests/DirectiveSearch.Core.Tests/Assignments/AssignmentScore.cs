using System.Globalization;
using System.Text;
using DirectiveSearch.Core.Assignments;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Tests.Assignments;

/// <summary>
/// Precision and recall of the extractor against a gold file, per field. A task is found when an extracted task's
/// span holds the place where the gold task's words start; its units count as right when the set of unit ids is the
/// gold's, both resolved in the plan's context; its deadline when kind, due date and recurrence agree; its output
/// (where the gold file names outputs) when the kinds agree.
/// </summary>
internal sealed class AssignmentScore
{
    private readonly Dictionary<string, (int Right, int Extracted, int Gold)> fields = new(StringComparer.Ordinal);
    private readonly List<string> misses = [];

    public static AssignmentScore Of(IReadOnlyList<GoldAssignment> gold, IReadOnlyDictionary<string, DocumentRecord> records)
    {
        var score = new AssignmentScore();
        foreach (var document in gold.GroupBy(g => g.DocumentId))
        {
            var record = records[document.Key];
            var context = UnitContext.Of(record);
            var extracted = AssignmentExtractor.Extract(record);
            var used = new HashSet<Assignment>();
            var from = 0;
            foreach (var g in document)
            {
                // Gold rows are in text order: the words are searched after the previous task's, as a phrase may recur in the body.
                var at = record.Text.IndexOf(g.Span, from, StringComparison.Ordinal);
                from = Math.Max(from, at + 1);
                if (at < 0)
                    throw new InvalidOperationException($"Gold span not in {document.Key}: {g.Span}");
                var match = extracted.FirstOrDefault(a => !used.Contains(a) && a.Start <= at && at < a.End);
                if (match is not null)
                    used.Add(match);
                score.Count("task", match is not null, extracted: false, gold: true);
                score.Compare("lead", match?.Lead, g.Lead, context, g);
                score.Compare("supporting", match?.Supporting, g.Supporting, context, g);
                var goldHasDeadline = g.Kind != "none";
                var deadlineRight = match is not null && (match.Deadline is { } d
                    ? goldHasDeadline && d.Kind == g.Kind && d.Due == g.Due && d.Recurrence == g.Recurrence
                    : !goldHasDeadline);
                score.Tally("deadline", deadlineRight && goldHasDeadline, goldHasDeadline, match?.Deadline is not null);
                if (g.Output is { } goldOutput)
                {
                    var outputRight = match is not null && (match.Output ?? string.Empty) == goldOutput;
                    score.Tally("output", outputRight && goldOutput.Length > 0, goldOutput.Length > 0, match?.Output is not null);
                    if (match is not null && !outputRight)
                        score.misses.Add($"output {document.Key}: {g.Span} → {match.Output ?? "none"}, gold {(goldOutput.Length > 0 ? goldOutput : "none")}");
                }

                if (match is null)
                    score.misses.Add($"missed {document.Key}: {g.Span}");
                else if (!deadlineRight)
                    score.misses.Add($"deadline {document.Key}: {g.Span} → {match.Deadline?.Kind} {match.Deadline?.Due} {match.Deadline?.Recurrence} \"{match.Deadline?.Text}\", gold {g.Kind} {g.Due} {g.Recurrence}");
            }

            foreach (var spurious in extracted.Where(a => !used.Contains(a)))
            {
                score.Count("task", right: false, extracted: true, gold: false);
                if (spurious.Lead.Count > 0)
                    score.Tally("lead", false, false, true);
                if (spurious.Supporting.Count > 0)
                    score.Tally("supporting", false, false, true);
                if (spurious.Deadline is not null)
                    score.Tally("deadline", false, false, true);
                if (spurious.Output is not null && document.Any(g => g.Output is not null))
                    score.Tally("output", false, false, true);
                score.misses.Add($"spurious {document.Key}: {Short(spurious.Text)}");
            }
        }

        return score;
    }

    public double Precision(string field) => fields.GetValueOrDefault(field) is var (right, extracted, _) && extracted > 0 ? (double)right / extracted : 1;

    public double Recall(string field) => fields.GetValueOrDefault(field) is var (right, _, gold) && gold > 0 ? (double)right / gold : 1;

    public string Report(string title)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{title}: field precision recall (right/extracted/gold)");
        foreach (var (field, (right, extracted, gold)) in fields)
            report.AppendLine(CultureInfo.InvariantCulture, $"  {field,-11} {Precision(field):0.000} {Recall(field):0.000} ({right}/{extracted}/{gold})");
        foreach (var miss in misses)
            report.AppendLine("  " + miss);
        return report.ToString();
    }

    private void Count(string field, bool right, bool extracted, bool gold)
    {
        var (r, e, g) = fields.GetValueOrDefault(field);
        fields[field] = (r + (right ? 1 : 0), e + (extracted || right ? 1 : 0), g + (gold ? 1 : 0));
    }

    private void Tally(string field, bool right, bool gold, bool extracted)
    {
        var (r, e, g) = fields.GetValueOrDefault(field);
        fields[field] = (r + (right ? 1 : 0), e + (extracted ? 1 : 0), g + (gold ? 1 : 0));
    }

    private void Compare(string field, IReadOnlyList<AssignedUnit>? found, IReadOnlyList<string> gold, UnitContext context, GoldAssignment g)
    {
        var goldIds = gold.Select(u => UnitResolver.Resolve(u, context).Id).ToHashSet(StringComparer.Ordinal);
        var foundIds = (found ?? []).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var right = found is not null && goldIds.SetEquals(foundIds) && goldIds.Count > 0;
        Tally(field, right, goldIds.Count > 0, foundIds.Count > 0);
        if (found is not null && !goldIds.SetEquals(foundIds))
            misses.Add($"{field} {g.DocumentId}: {g.Span} → [{string.Join(" | ", foundIds)}], gold [{string.Join(" | ", goldIds)}]");
    }

    private static string Short(string text) => text.Length <= 90 ? text : text[..90] + "…";
}
