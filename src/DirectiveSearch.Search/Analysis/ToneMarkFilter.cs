using DirectiveSearch.Core.Text.ToneMarks;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DirectiveSearch.Search.Analysis;

/// <summary>
/// Moves each term's tone mark to its canonical vowel with <see cref="ToneMarkNormalizer"/>, in the
/// term buffer: "uỷ" and "ủy", "hoà" and "hòa", the typo "vịêt" and "việt" become one term each.
/// Terms must be NFC (as <see cref="VietnameseTokenizer"/> makes them); the length never changes,
/// so offsets are untouched.
/// </summary>
public sealed class ToneMarkFilter : TokenFilter
{
    private readonly ICharTermAttribute termAtt;

    public ToneMarkFilter(TokenStream input)
        : base(input)
    {
        termAtt = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        ToneMarkNormalizer.NormalizeInPlace(termAtt.Buffer, termAtt.Length);
        return true;
    }
}
