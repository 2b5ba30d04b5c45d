using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DirectiveSearch.Search.Tests.Analysis;

/// <summary>
/// Whole-stream assertions in the spirit of Lucene's BaseTokenStreamTestCase (which needs NUnit):
/// every stream is consumed by the full contract (Reset, IncrementToken…, End, Dispose) and checked
/// for the invariants the index relies on before its tokens are compared.
/// </summary>
internal static class TokenStreamAssert
{
    public const string Field = "field";

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> and checks the stream's invariants.</summary>
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream(Field, text);
        return Consume(stream, text.Length);
    }

    /// <summary>Consumes a stream; <paramref name="textLength"/> is the length of the original text, for offset checks.</summary>
    public static List<AnalyzedToken> Consume(TokenStream stream, int textLength)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        var increments = stream.AddAttribute<IPositionIncrementAttribute>();
        var lengths = stream.AddAttribute<IPositionLengthAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var flags = stream.AddAttribute<IFlagsAttribute>();

        var tokens = new List<AnalyzedToken>();
        stream.Reset();
        var lastStart = 0;
        while (stream.IncrementToken())
        {
            var token = new AnalyzedToken(term.ToString(), offsets.StartOffset, offsets.EndOffset,
                increments.PositionIncrement, lengths.PositionLength, type.Type, flags.Flags);
            var where = $"token {tokens.Count} {token}";
            Assert.True(token.Term.Length > 0, $"empty term: {where}");
            Assert.True(token.Start >= 0 && token.Start <= token.End && token.End <= textLength, $"offsets out of [0, {textLength}]: {where}");
            Assert.True(token.Start >= lastStart, $"start offset went backwards: {where}");
            Assert.True(token.PositionIncrement >= (tokens.Count == 0 ? 1 : 0), $"bad position increment: {where}");
            Assert.True(token.PositionLength >= 1, $"bad position length: {where}");
            lastStart = token.Start;
            tokens.Add(token);
        }

        stream.End();
        Assert.Equal(textLength, offsets.EndOffset);
        Assert.Equal(textLength, offsets.StartOffset);
        return tokens;
    }

    /// <summary>
    /// Asserts the terms of the stream, and each of the other arrays given: start offsets, end offsets,
    /// position increments, types.
    /// </summary>
    public static void AssertTokens(
        Analyzer analyzer,
        string text,
        string[] terms,
        int[]? starts = null,
        int[]? ends = null,
        int[]? increments = null,
        string[]? types = null)
    {
        var tokens = Analyze(analyzer, text);
        Assert.Equal(terms, tokens.Select(t => t.Term).ToArray());
        if (starts is not null)
            Assert.Equal(starts, tokens.Select(t => t.Start).ToArray());
        if (ends is not null)
            Assert.Equal(ends, tokens.Select(t => t.End).ToArray());
        if (increments is not null)
            Assert.Equal(increments, tokens.Select(t => t.PositionIncrement).ToArray());
        if (types is not null)
            Assert.Equal(types, tokens.Select(t => t.Type).ToArray());
    }

    public static string[] Terms(Analyzer analyzer, string text) => Analyze(analyzer, text).Select(t => t.Term).ToArray();

    /// <summary>An analyzer of one tokenizer and the filters <paramref name="filters"/> puts after it.</summary>
    public static Analyzer Chain(Func<TextReader, Tokenizer> tokenizer, Func<TokenStream, TokenStream>? filters = null) =>
        Analyzer.NewAnonymous((_, reader) =>
        {
            var source = tokenizer(reader);
            return new TokenStreamComponents(source, filters is null ? source : filters(source));
        });
}
