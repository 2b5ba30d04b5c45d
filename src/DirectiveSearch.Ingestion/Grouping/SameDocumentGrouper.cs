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
    /// <summary>
    /// Share of distinctive bigrams two files must have in common to be one document. Measured (README, "Document
    /// identity"): renditions agree at 0.976 or more (the OCR'd scan against its other files) and 0.992 or more (the 150
    /// DOCX/PDF pairs); the closest files that are not renditions and that no header fact tells apart, the same article
    /// of the Luật Doanh nghiệp of 2014 and of 2020, agree at up to 0.922. The line is drawn between them.
    /// </summary>
    public const double Threshold = 0.95;

    /// <summary>Resemblance from which a document lists another as having nearly the same content.</summary>
    public const double SimilarThreshold = 0.5;

    /// <summary>
    /// A shingle found in more files than this (or in more than one file in 50) is boilerplate: formulas every
    /// decree repeats, or a web page's navigation around an archived text. It says nothing about identity. Not
    /// fewer: a province's plan with its renditions and the districts' and communes' copies of it shares its text
    /// among a dozen files, and counted as boilerplate that text would hide how much a copy took from it.
    /// </summary>
    private const int MinCommonFiles = 20;

    /// <summary>Distinctive shingles a text needs before resemblance is measured on them.</summary>
    private const int MinDistinctive = 50;

    /// <summary>Sketch hashes two files must share before they are compared in full.</summary>
    private const int MinSharedSketch = 4;

    /// <summary>
    /// Whether two files, compared on their own (no corpus to tell boilerplate from), are renditions of one document:
    /// how an edited file is recognised as the document it was.
    /// </summary>
    public static bool AreRenditions(ParsedSource a, ParsedSource b)
    {
        var (x, y) = (ContentFingerprint.Of(a.Text), ContentFingerprint.Of(b.Text));
        var resemblance = x.Resemblance(y, _ => false, MinDistinctive, x.Count, y.Count);
        return new SourcePair(0, 1, resemblance, IdentifyingFacts.Disagreement(a, b)).SameDocument;
    }

    /// <summary>Groups the sources into documents, with the resembling pairs.</summary>
    public static SourceGrouping Group(IReadOnlyList<ParsedSource> sources)
    {
        var pairs = Compare(sources, SimilarThreshold);
        // Closest pairs first, and two groups join only when no file of one contradicts a file of the other: a
        // district's copy resembling the province's header-less .txt must not reach the province's .docx through it.
        var sets = new DisjointSets(sources.Count);
        var members = Enumerable.Range(0, sources.Count).Select(i => new List<int> { i }).ToArray();
        foreach (var pair in pairs.Where(p => p.SameDocument).OrderByDescending(p => p.Resemblance).ThenBy(p => p.First).ThenBy(p => p.Second))
        {
            var (a, b) = (sets.Find(pair.First), sets.Find(pair.Second));
            if (a == b || members[a].Any(i => members[b].Any(j => IdentifyingFacts.Disagreement(sources[i], sources[j]) is not null)))
                continue;
            sets.Union(a, b);
            var root = sets.Find(a);
            var joined = members[a].Concat(members[b]).ToList();
            members[a] = members[b] = [];
            members[root] = joined;
        }

        var groups = Enumerable.Range(0, sources.Count)
            .GroupBy(sets.Find)
            .Select(g => (IReadOnlyList<int>)g.ToList())
            .OrderBy(g => g[0])
            .ToList();
        return new SourceGrouping(groups, pairs);
    }

    /// <summary>
    /// Every candidate pair (sharing enough sketch hashes) compared in full, those resembling at least
    /// <paramref name="floor"/>, ordered by their indexes.
    /// </summary>
    public static IReadOnlyList<SourcePair> Compare(IReadOnlyList<ParsedSource> sources, double floor)
    {
        // Fingerprinting reads every text in full: on both cores (5% of a bench ingest when it ran on one).
        var fingerprints = sources.AsParallel().AsOrdered().Select(s => ContentFingerprint.Of(s.Text)).ToArray();
        var fileCounts = new Dictionary<ulong, int>();
        foreach (var fingerprint in fingerprints)
        {
            foreach (var hash in fingerprint.Shingles)
                fileCounts[hash] = fileCounts.GetValueOrDefault(hash) + 1;
        }

        var commonAbove = Math.Max(MinCommonFiles, sources.Count / 50);
        bool IsCommon(ulong hash) => fileCounts[hash] > commonAbove;
        var sketches = fingerprints.AsParallel().AsOrdered().Select(f => f.Sketch(IsCommon)).ToArray();
        var owners = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < fingerprints.Length; i++)
        {
            foreach (var hash in sketches[i])
            {
                if (!owners.TryGetValue(hash, out var list))
                    owners[hash] = list = [];
                list.Add(i);
            }
        }

        // Comparing candidates in full is most of the grouping's cost (12% of a bench text ingest, on one core), and
        // each file's candidates are independent: compared on every core, then joined, in an order that does not matter.
        var distinctive = fingerprints.AsParallel().AsOrdered().Select(f => f.DistinctiveCount(IsCommon)).ToArray();
        var found = new System.Collections.Concurrent.ConcurrentBag<SourcePair>();
        Parallel.For(0, fingerprints.Length, i =>
        {
            var shared = new Dictionary<int, int>();
            foreach (var hash in sketches[i])
            {
                foreach (var j in owners[hash])
                {
                    if (j > i)
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                }
            }

            foreach (var (j, count) in shared)
            {
                var needed = Math.Min(MinSharedSketch, Math.Min(sketches[i].Count, sketches[j].Count));
                if (count < needed)
                    continue;
                var resemblance = fingerprints[i].Resemblance(fingerprints[j], IsCommon, MinDistinctive, distinctive[i], distinctive[j]);
                if (resemblance >= floor)
                    found.Add(new SourcePair(i, j, resemblance, IdentifyingFacts.Disagreement(sources[i], sources[j])));
            }
        });

        return [.. found.OrderBy(p => p.First).ThenBy(p => p.Second)];
    }
}
