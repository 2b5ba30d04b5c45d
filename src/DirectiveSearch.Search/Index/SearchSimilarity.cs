using Lucene.Net.Search.Similarities;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// BM25 for all fields. Passages are short and uneven (a one-line heading, a page-long item), and
/// BM25's length normalization and term-frequency saturation treat that better than TF-IDF.
/// </summary>
internal static class SearchSimilarity
{
    public static Similarity Create() => new BM25Similarity();

    /// <summary>
    /// For questions: weaker length normalization (b 0.5 instead of 0.75). A question's many words match long
    /// passages more by nature, and with full normalization a short lead (a law's name, boosted as a title) beats
    /// the article that answers. Tuned on the judged training questions of ../shared/ranking (b 0.4–0.6 is flat).
    /// </summary>
    public static Similarity ForQuestions() => new BM25Similarity(1.2f, 0.5f);
}
