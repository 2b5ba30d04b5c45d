namespace DirectiveSearch.Search.Querying;

/// <summary>A document among the matches: its date for sorting and its best passages so far.</summary>
/// <param name="othersWeight">What each further passage adds, as a share of its score.</param>
/// <param name="recordDoc">The document's record doc number in the whole index: where its facts are.</param>
internal sealed class DocumentMatch(string id, long dayNumber, float othersWeight = DocumentMatch.KeywordOthersWeight, int recordDoc = -1)
{
    /// <summary>Keywords: a plan that speaks of the subject in several sections is a better answer than one that mentions it once.</summary>
    public const float KeywordOthersWeight = 0.1f;

    /// <summary>Questions: the answer is one article or clause, and further passages only favour long documents.</summary>
    public const float QuestionOthersWeight = 0f;

    private readonly List<(int Doc, float Score)> best = new(PassageCollector.PassagesPerDocument + 1);

    public string Id => id;
    public long DayNumber => dayNumber;
    public int RecordDoc => recordDoc;

    /// <summary>Best passages first.</summary>
    public IReadOnlyList<(int Doc, float Score)> Passages => best;

    /// <summary>
    /// The best passage decides, and further matching passages may add a little (<paramref name="othersWeight"/>).
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
        Score = best[0].Score + (othersWeight * sum);
    }

    private static bool Better(float score, int doc, (int Doc, float Score) than) =>
        than.Score < score || (than.Score == score && than.Doc > doc);
}
