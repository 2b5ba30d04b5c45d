using Lucene.Net.Search.Similarities;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// BM25 for all fields. Passages are short and uneven (a one-line heading, a page-long item), and
/// BM25's length normalization and term-frequency saturation treat that better than TF-IDF.
/// </summary>
internal static class SearchSimilarity
{
    public static Similarity Create() => new BM25Similarity();
}
