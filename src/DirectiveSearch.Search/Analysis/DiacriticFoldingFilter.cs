using DirectiveSearch.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DirectiveSearch.Search.Analysis;

/// <summary>
/// Folds each term with <see cref="DiacriticFolding"/>: "đảng" → "dang", "ủy" → "uy", "28-kh/đuk" →
/// "28-kh/duk". People search without diacritics or with half of them; the folded field answers them,
/// at the price of merging words (bán/bàn/ban), which the exact field then ranks apart.
/// Offsets keep pointing at the original text.
/// </summary>
public sealed class DiacriticFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute termAtt;

    public DiacriticFoldingFilter(TokenStream input)
        : base(input)
    {
        termAtt = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        if (DiacriticFolding.TryFoldInPlace(termAtt.Buffer.AsSpan(0, termAtt.Length), out var length))
        {
            termAtt.Length = length;
        }
        else
        {
            var folded = DiacriticFolding.Fold(termAtt.ToString());
            termAtt.SetEmpty().Append(folded);
        }

        return true;
    }
}
