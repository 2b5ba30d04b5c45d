using DirectiveSearch.Core.Documents;

using DirectiveSearch.Ingestion.Pipeline;

namespace DirectiveSearch.Ingestion.Grouping;

/// <summary>
/// Puts the files of one document together by content, not by name: the corpus has each plan as
/// .txt, .docx, .pdf and one as a scan. Candidates come from shared sketch hashes, so the cost grows
/// with the number of files rather than with its square; each candidate pair is then compared in full.
/// </summary>
public static class SameDocumentGrouper
{
    /// <summary>Share of distinctive bigrams two files must have in common to be one document.</summary>
    public const double Threshold = 0.5;

    /// <summary>
    /// A shingle found in more files than one document plausibly has renditions (txt, md, docx, pdf,
    /// scan) is boilerplate: formulas every decree repeats, or a web page's navigation around an
    /// archived text. It says nothing about identity.
    /// </summary>
    private const int MaxRenditions = 5;

    /// <summary>Distinctive shingles a text needs before resemblance is measured on them.</summary>
    private const int MinDistinctive = 50;

    /// <summary>Sketch hashes two files must share before they are compared in full.</summary>
    private const int MinSharedSketch = 4;

    /// <summary>Returns groups of indexes into <paramref name="sources"/>, each in the input order.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Group(IReadOnlyList<ParsedSource> sources)
    {
        // Fingerprinting reads every text in full: on both cores (5% of a bench ingest when it ran on one).
        var fingerprints = sources.AsParallel().AsOrdered().Select(s => ContentFingerprint.Of(s.Text)).ToArray();
        var fileCounts = new Dictionary<ulong, int>();
        foreach (var fingerprint in fingerprints)
        {
            foreach (var hash in fingerprint.Shingles)
                fileCounts[hash] = fileCounts.GetValueOrDefault(hash) + 1;
        }

        var commonAbove = Math.Max(MaxRenditions, sources.Count / 50);
        bool IsCommon(ulong hash) => fileCounts[hash] > commonAbove;
        var owners = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < fingerprints.Length; i++)
        {
            foreach (var hash in fingerprints[i].Sketch)
            {
                if (!owners.TryGetValue(hash, out var list))
                    owners[hash] = list = [];
                list.Add(i);
            }
        }

        // Comparing candidates in full is most of the grouping's cost (12% of a bench text ingest, on one core), and
        // each file's candidates are independent: compared on every core, then joined, in an order that does not matter.
        var distinctive = fingerprints.AsParallel().AsOrdered().Select(f => f.DistinctiveCount(IsCommon)).ToArray();
        var same = new System.Collections.Concurrent.ConcurrentBag<(int, int)>();
        Parallel.For(0, fingerprints.Length, i =>
        {
            var shared = new Dictionary<int, int>();
            foreach (var hash in fingerprints[i].Sketch)
            {
                foreach (var j in owners[hash])
                {
                    if (j > i)
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                }
            }

            foreach (var (j, count) in shared)
            {
                var needed = Math.Min(MinSharedSketch, Math.Min(fingerprints[i].Sketch.Count, fingerprints[j].Sketch.Count));
                if (count >= needed
                    && Compatible(sources[i], sources[j])
                    && fingerprints[i].Resemblance(fingerprints[j], IsCommon, MinDistinctive, distinctive[i], distinctive[j]) >= Threshold)
                {
                    same.Add((i, j));
                }
            }
        });

        var sets = new DisjointSets(sources.Count);
        foreach (var (i, j) in same)
            sets.Union(i, j);

        return Enumerable.Range(0, sources.Count)
            .GroupBy(sets.Find)
            .Select(g => (IReadOnlyList<int>)g.ToList())
            .OrderBy(g => g[0])
            .ToList();
    }

    // Similar wording is not enough when the headers disagree: two provinces' plans for the same
    // directive can share long passages, but never their symbol and date.
    private static bool Compatible(ParsedSource a, ParsedSource b)
    {
        var (x, y) = (a.Structure, b.Structure);
        if (x.Symbol is not null && y.Symbol is not null && !string.Equals(x.Symbol, y.Symbol, StringComparison.OrdinalIgnoreCase))
            return false;
        return x.Date is null || y.Date is null || x.Date == y.Date;
    }
}
