using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Graph;
using DirectiveSearch.Core.Text;
using Xunit.Abstractions;

namespace DirectiveSearch.Core.Tests.Citations;

/// <summary>
/// The relations on force (amends, replaces, repeals, repeals in part, details) of 30 real documents of
/// ../shared/bench/vbpl against bench-effects-gold.tsv, written by hand before the classifier was run on them
/// (sample rule and decisions in its header). Compared per distinct (document, cited number, relation), the
/// document's own number excluded. The test prints precision and recall per relation and overall.
/// </summary>
public sealed class BenchEffectTests(ITestOutputHelper output)
{
    private const double Required = 0.95;

    private static readonly HashSet<string> Effects = new(StringComparer.Ordinal)
    {
        GraphRelation.Amends, GraphRelation.Replaces, GraphRelation.Repeals, GraphRelation.RepealsInPart, GraphRelation.Details,
    };

    [BenchFact("vbpl")]
    public void Amends_replaces_repeals_and_details_of_the_hand_checked_sample_reach_the_required_precision_and_recall()
    {
        var gold = ReadGold();
        var files = gold.Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(30, files.Count);
        var records = files.Select(f => CitationTestFiles.BenchRecord(Path.Combine(RepositoryFiles.Bench, f), f)).ToList();
        var predicted = new CorpusCitationResolver().Resolve(records).ToDictionary(
            d => d.DocumentId,
            d => d.Citations
                .Where(c => c.Citation.Kind == CitationKind.Symbol && c.Citation.Symbol is { IsState: true } && GraphRelation.Of(c.Relation) is { } r && Effects.Contains(r))
                .Select(c => (Canonical(c.Citation.Symbol!.Text), GraphRelation.Of(c.Relation)!))
                .ToHashSet());

        var perRelation = Effects.ToDictionary(r => r, _ => (Hits: 0, Predicted: 0, Gold: 0), StringComparer.Ordinal);
        foreach (var file in files)
        {
            var expected = gold[file];
            var found = predicted[file];
            foreach (var relation in Effects)
            {
                var e = expected.Where(x => x.Relation == relation).ToHashSet();
                var f = found.Where(x => x.Item2 == relation).Select(x => (x.Item1, x.Item2)).ToHashSet();
                var (h, p, g) = perRelation[relation];
                perRelation[relation] = (h + f.Count(e.Contains), p + f.Count, g + e.Count);
            }

            foreach (var missed in expected.Except(found).Order())
                output.WriteLine($"missed: {file} {missed.Item1} {missed.Item2}");
            foreach (var extra in found.Except(expected).Order())
                output.WriteLine($"extra:  {file} {extra.Item1} {extra.Item2}");
        }

        foreach (var (relation, (h, p, g)) in perRelation.OrderBy(p => p.Key, StringComparer.Ordinal))
            output.WriteLine($"{relation}: gold {g}, predicted {p}, correct {h}, precision {Ratio(h, p):F3}, recall {Ratio(h, g):F3}");
        var hits = perRelation.Values.Sum(v => v.Hits);
        var predictedCount = perRelation.Values.Sum(v => v.Predicted);
        var goldCount = perRelation.Values.Sum(v => v.Gold);
        var report = $"30 documents: gold {goldCount}, predicted {predictedCount}, correct {hits}, precision {Ratio(hits, predictedCount):F3}, recall {Ratio(hits, goldCount):F3}";
        output.WriteLine(report);
        Assert.True(Ratio(hits, predictedCount) >= Required && Ratio(hits, goldCount) >= Required, report);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;


    private static Dictionary<string, HashSet<(string Number, string Relation)>> ReadGold()
    {
        var gold = new Dictionary<string, HashSet<(string, string)>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(CitationTestFiles.CitationsDirectory, "bench-effects-gold.tsv")))
        {
            if (line.StartsWith("# none: ", StringComparison.Ordinal))
                gold.TryAdd(line["# none: ".Length..].Trim(), []);
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var columns = line.Split('\t');
            if (!gold.TryGetValue(columns[0], out var rows))
                gold[columns[0]] = rows = [];
            rows.Add((Canonical(columns[1]), columns[2]));
        }

        return gold;
    }

    private static string Canonical(string number) => string.Concat(number.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
