using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DirectiveSearch.Search.Querying;

/// <summary>Runs a field's analyzer over query text, so that query terms are made exactly as indexed terms.</summary>
internal static class QueryTerms
{
    /// <summary>Cap on syllables taken from one query: enough for any sentence, far below Lucene's clause limit.</summary>
    public const int MaxTerms = 64;

    public static List<AnalyzedTerm> Analyze(Analyzer analyzer, string field, string text) =>
        Analyze(analyzer, field, text, MaxTerms);

    /// <summary>Every term, for highlighting a stored passage.</summary>
    public static List<AnalyzedTerm> AnalyzeAll(Analyzer analyzer, string field, string text) =>
        Analyze(analyzer, field, text, int.MaxValue);

    private static List<AnalyzedTerm> Analyze(Analyzer analyzer, string field, string text, int maxTerms)
    {
        var terms = new List<AnalyzedTerm>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        var increments = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken() && terms.Count < maxTerms)
        {
            position += Math.Max(increments.PositionIncrement, 0);
            terms.Add(new AnalyzedTerm(term.ToString(), Math.Max(position, 0), offsets.StartOffset, offsets.EndOffset));
        }

        stream.End();
        return terms;
    }
}
