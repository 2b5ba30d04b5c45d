using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Tests.Citations;
using Xunit.Abstractions;

namespace DirectiveSearch.Core.Tests.Assignments;

/// <summary>
/// The extractor against the hand-annotated tasks: the five seeds (gold-seeds.tsv) and the held-out real texts
/// (heldout-gold.tsv), precision and recall per field printed for the closing note. The floors are what the
/// extractor reached when these were written: a change that loses tasks fails here.
/// </summary>
public sealed class AssignmentGoldTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_plans_meet_their_gold_tasks()
    {
        var records = CitationTestFiles.SeedPrefixes.Select(CitationTestFiles.Seed).ToDictionary(r => r.Id, r => r, StringComparer.Ordinal);
        var score = AssignmentScore.Of(GoldAssignment.Read("gold-seeds.tsv"), records);
        output.WriteLine(score.Report("seeds"));
        Console.WriteLine(score.Report("seeds"));
        AssertFloors(score, SeedFloors);
    }

    [Fact]
    public void Held_out_real_texts_meet_their_gold_tasks()
    {
        var score = AssignmentScore.Of(GoldAssignment.Read("heldout-gold.tsv"), AssignmentFiles.HeldOut());
        output.WriteLine(score.Report("held-out"));
        Console.WriteLine(score.Report("held-out"));
        AssertFloors(score, HeldOutFloors);
    }

    [Fact]
    public void Held_out_texts_kept_from_tuning_meet_their_gold_tasks()
    {
        var score = AssignmentScore.Of(GoldAssignment.Read("heldout-check-gold.tsv"), AssignmentFiles.HeldOut("heldout-check-texts.txt"));
        output.WriteLine(score.Report("held-out, kept from tuning"));
        Console.WriteLine(score.Report("held-out, kept from tuning"));
        AssertFloors(score, CheckFloors);
    }

    private static readonly Dictionary<string, (double Precision, double Recall)> SeedFloors = new()
    {
        ["task"] = (0.95, 0.95), ["lead"] = (0.9, 0.9), ["supporting"] = (0.95, 0.95), ["deadline"] = (0.95, 0.95),
    };

    // The 0.9 for every field, just under what the extractor reaches (34 tasks, 8 with supporting units: one miss there is 0.875).
    private static readonly Dictionary<string, (double Precision, double Recall)> HeldOutFloors = new()
    {
        ["task"] = (0.95, 0.95), ["lead"] = (0.95, 0.95), ["supporting"] = (0.9, 0.9), ["deadline"] = (0.95, 0.95), ["output"] = (0.9, 0.9),
    };

    // Just under the one measurement taken after tuning (task 1.000/0.846, lead 0.909/0.769, supporting 1/1, deadline
    // 1.000/0.857, output 1.000/1.000 of 13 tasks): below the 0.9 for task and lead recall, which the closing note says.
    private static readonly Dictionary<string, (double Precision, double Recall)> CheckFloors = new()
    {
        ["task"] = (0.95, 0.8), ["lead"] = (0.85, 0.7), ["supporting"] = (0.9, 0.9), ["deadline"] = (0.95, 0.8), ["output"] = (0.95, 0.95),
    };

    private static void AssertFloors(AssignmentScore score, Dictionary<string, (double Precision, double Recall)> floors)
    {
        foreach (var (field, (precision, recall)) in floors)
        {
            Assert.True(score.Precision(field) >= precision, $"{field} precision {score.Precision(field):0.000} < {precision}");
            Assert.True(score.Recall(field) >= recall, $"{field} recall {score.Recall(field):0.000} < {recall}");
        }
    }
}
