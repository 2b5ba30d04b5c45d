namespace DirectiveSearch.Search.Querying;

/// <summary>A document among the matches: its facet values and its best passages so far.</summary>
internal sealed class DocumentMatch(string id, string type, string? issuer, string? year, IReadOnlyList<string> cites, long dayNumber)
{
    private readonly List<(int Doc, float Score)> best = new(PassageCollector.PassagesPerDocument + 1);

    public string Id => id;
    public string Type => type;
    public string? Issuer => issuer;
    public string? Year => year;
    public IReadOnlyList<string> Cites => cites;
    public long DayNumber => dayNumber;

    /// <summary>Best passages first.</summary>
    public IReadOnlyList<(int Doc, float Score)> Passages => best;

    /// <summary>
    /// The best passage decides, and further matching passages add a little: a plan that speaks of
    /// the subject in several sections is a better answer than one that mentions it once.
    /// </summary>
    public float Score => best.Count == 0 ? 0 : best[0].Score + (0.1f * best.Skip(1).Sum(p => p.Score));

    public void Add(int doc, float score)
    {
        var at = best.FindIndex(p => p.Score < score || (p.Score == score && p.Doc > doc));
        best.Insert(at < 0 ? best.Count : at, (doc, score));
        if (best.Count > PassageCollector.PassagesPerDocument)
            best.RemoveAt(best.Count - 1);
    }
}
