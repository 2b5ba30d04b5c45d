using DirectiveSearch.Search.Analysis;
using Lucene.Net.Analysis;

namespace DirectiveSearch.Search.Index;

/// <summary>The analyzer of every indexed field, the same for writing and for querying.</summary>
internal static class IndexAnalyzers
{
    public static Analyzer Create() => VietnameseAnalyzers.ForFields();
}
