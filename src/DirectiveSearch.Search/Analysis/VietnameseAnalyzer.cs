using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace DirectiveSearch.Search.Analysis;

/// <summary>
/// The Vietnamese chain: <see cref="VietnameseTokenizer"/> (syllables and symbols, NFC per token) →
/// <see cref="ToneMarkFilter"/>, or <see cref="DiacriticFoldingFilter"/> when folding → lower case →
/// optionally <see cref="SyllableBigramFilter"/>. Use the four configurations of
/// <see cref="VietnameseAnalyzers"/> rather than building new ones, so index and queries agree.
/// </summary>
/// <remarks>
/// The folded chain skips the tone filter: folding removes every tone mark, wherever it was, so
/// moving marks first would change nothing ("hoà" and "hòa" both fold to "hoa"). It folds before
/// lower-casing, in the order of <see cref="DirectiveSearch.Core.Text.DiacriticFolder"/>, so that the
/// two agree even on "İ" (I with dot above), which lower-cases to itself but folds to I.
/// </remarks>
public sealed class VietnameseAnalyzer : Analyzer
{
    private readonly bool foldDiacritics;
    private readonly bool syllableBigrams;

    /// <param name="foldDiacritics">Remove diacritics (đ → d): "Đảng ủy" → "dang", "uy".</param>
    /// <param name="syllableBigrams">Emit adjacent-syllable bigrams instead of syllables: "đảng_ủy".</param>
    public VietnameseAnalyzer(bool foldDiacritics, bool syllableBigrams)
    {
        this.foldDiacritics = foldDiacritics;
        this.syllableBigrams = syllableBigrams;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new VietnameseTokenizer(reader);
        TokenStream stream = foldDiacritics ? new DiacriticFoldingFilter(tokenizer) : new ToneMarkFilter(tokenizer);
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        if (syllableBigrams)
            stream = new SyllableBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
