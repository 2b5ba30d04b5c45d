namespace DirectiveSearch.Search.Querying;

/// <summary>A document among the matches: its date for sorting and its best passages so far.</summary>
internal sealed class DocumentMatch(string id, long dayNumber)
{
    private readonly List<(int Doc, float Score)> best = new(PassageCollector.PassagesPerDocument + 1);

    public string Id => id;
    public long DayNumber => dayNumber;

    /// <summary>Best passages first.</summary>
    public IReadOnlyList<(int Doc, float Score)> Passages => best;

    /// <summary>
    /// The best passage decides, and further matching passages add a little: a plan that speaks of
    /// the subject in several sections is a better answer than one that mentions it once.
    /// </summary>
    public float Score { get; private set; }

    public void Add(int doc, float score)
    {
        if (best.Count == PassageCollector.PassagesPerDocument && !Better(score, doc, best[^1]))
            return;
        var at = best.FindIndex(p => Better(score, doc, p));
        best.Insert(at < 0 ? best.Count : at, (doc, score));
        if (best.Count > PassageCollector.PassagesPerDocument)
            best.RemoveAt(best.Count - 1);
        var sum = 0f;
        for (var i = 1; i < best.Count; i++)
            sum += best[i].Score;
        Score = best[0].Score + (0.1f * sum);
    }

    private static bool Better(float score, int doc, (int Doc, float Score) than) =>
        than.Score < score || (than.Score == score && than.Doc > doc);
}
