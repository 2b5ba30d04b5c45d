using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Resolve;
using Xunit.Abstractions;

namespace DirectiveSearch.Core.Tests.Citations;

/// <summary>
/// Extraction, relation and resolution over the five seed plans against gold-citations.tsv, written by
/// reading each plan. A predicted citation counts when it covers the gold anchor with the same target and
/// relation; self references are left out of both sides. Figures are reported per mention (every citation
/// counts) and per distinct (document, target, relation) triple.
/// </summary>
public sealed class GoldCitationTests(ITestOutputHelper output)
{
    private const double Required = 0.97;

    [Fact]
    public void Seeds_reach_the_required_precision_and_recall()
    {
        var records = CitationTestFiles.SeedPrefixes.Select(CitationTestFiles.Seed).ToList();
        var texts = records.ToDictionary(r => r.Id, r => r.Text);
        var gold = GoldCitation.Read(Path.Combine(CitationTestFiles.CitationsDirectory, "gold-citations.tsv"), texts);
        var predicted = new CorpusCitationResolver().Resolve(records)
            .SelectMany(d => d.Citations.Where(c => c.Relation != CitationRelation.Self).Select(c => (d.DocumentId, Citation: c)))
            .ToList();

        var unmatchedGold = gold.ToList();
        var unmatchedPredicted = new List<(string DocumentId, ResolvedCitation Citation)>();
        foreach (var (id, citation) in predicted)
        {
            var match = unmatchedGold.FindIndex(g => g.DocumentId == id && g.Span.Overlaps(citation.Citation.Span)
                && g.Target == citation.Target && g.Relation == citation.Relation);
            if (match >= 0)
                unmatchedGold.RemoveAt(match);
            else
                unmatchedPredicted.Add((id, citation));
        }

        var mentionPrecision = Ratio(predicted.Count - unmatchedPredicted.Count, predicted.Count);
        var mentionRecall = Ratio(gold.Count - unmatchedGold.Count, gold.Count);
        var goldTriples = gold.Select(g => (g.DocumentId, g.Target, g.Relation)).ToHashSet();
        var predictedTriples = predicted.Select(p => (p.DocumentId, Target: p.Citation.Target ?? "?", p.Citation.Relation)).ToHashSet();
        var tripleHits = predictedTriples.Count(goldTriples.Contains);
        var triplePrecision = Ratio(tripleHits, predictedTriples.Count);
        var tripleRecall = Ratio(tripleHits, goldTriples.Count);

        var report =
            $"mentions: gold {gold.Count}, predicted {predicted.Count}, precision {mentionPrecision:F3}, recall {mentionRecall:F3}\n"
            + $"triples:  gold {goldTriples.Count}, predicted {predictedTriples.Count}, precision {triplePrecision:F3}, recall {tripleRecall:F3}";
        output.WriteLine(report);
        foreach (var g in unmatchedGold)
            output.WriteLine($"missed: {g.DocumentId} {g.Target} {g.Relation} {g.Anchor} at {g.Span}");
        foreach (var (id, c) in unmatchedPredicted)
            output.WriteLine($"extra:  {id} {c.Target ?? "(none)"} {c.Relation} \"{c.Citation.Text}\" at {c.Citation.Span} {string.Join("; ", c.Warnings)}");

        Assert.True(mentionPrecision >= Required && mentionRecall >= Required && triplePrecision >= Required && tripleRecall >= Required, report);
    }

    [Fact]
    public void Every_gold_anchor_is_found_in_its_seed()
    {
        var records = CitationTestFiles.SeedPrefixes.Select(CitationTestFiles.Seed).ToDictionary(r => r.Id, r => r.Text);
        var gold = GoldCitation.Read(Path.Combine(CitationTestFiles.CitationsDirectory, "gold-citations.tsv"), records);

        Assert.Equal(188, gold.Count);
        Assert.All(gold, g => Assert.True(g.Span.Length > 0));
    }

    private static double Ratio(int hits, int total) => total == 0 ? 1 : (double)hits / total;
}
