using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DirectiveSearch.Search.Analysis;

/// <summary>
/// Replaces the syllable stream by its bigrams, "xây dựng Đảng" → "xây_dựng", "dựng_đảng": most
/// Vietnamese words are two syllables, so adjacent pairs stand for words without a dictionary, and a
/// bigram field rewards documents where the query's syllables stand together.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The separator is "_", the convention of Vietnamese word segmentation ("xây_dựng"); unlike a
///   space it survives query parsers that split on whitespace.</item>
/// <item>No bigram spans a phrase break (<see cref="VietnameseTokenizer.PhraseBreakFlag"/>: a line
///   break or punctuation), so "tự soi, tự sửa" gives "tự_soi", "tự_sửa" and not "soi_tự"; nor a
///   position gap left by a removed token.</item>
/// <item>Whole symbols (<see cref="VietnameseTokenizer.SymbolType"/>) make no bigrams; their parts
///   do like syllables: "số 21-KL/TW" → "số_21", "21_kl", "kl_tw".</item>
/// <item>A bigram sits at the position of its first syllable, so consecutive bigrams are one position
///   apart and phrase queries over bigrams work; its offsets run from the start of the first
///   syllable to the end of the second. Tokens stacked at one position (increment 0) other than a
///   symbol's first part are ignored.</item>
/// <item>Not Lucene's ShingleFilter: it reads stacked tokens as if they followed each other and knows
///   nothing of phrase breaks, so "số 21-KL/TW, ngày" gives "21-KL/TW 21" and "TW ngày".</item>
/// </list>
/// </remarks>
public sealed class SyllableBigramFilter : TokenFilter
{
    /// <summary>Joins the two syllables of a bigram.</summary>
    public const char Separator = '_';

    /// <summary>Type of the bigram tokens.</summary>
    public const string BigramType = "<BIGRAM>";

    private readonly ICharTermAttribute termAtt;
    private readonly IOffsetAttribute offsetAtt;
    private readonly IPositionIncrementAttribute positionIncrementAtt;
    private readonly IPositionLengthAttribute positionLengthAtt;
    private readonly ITypeAttribute typeAtt;
    private readonly IFlagsAttribute flagsAtt;

    // The previous syllable, which the next one may pair with.
    private char[] previous = new char[32];
    private int previousLength;
    private int previousStart;
    private int previousPosition;
    private bool hasPrevious;

    private char[] current = new char[32];
    private int position;
    private int lastEmittedPosition;

    public SyllableBigramFilter(TokenStream input)
        : base(input)
    {
        termAtt = AddAttribute<ICharTermAttribute>();
        offsetAtt = AddAttribute<IOffsetAttribute>();
        positionIncrementAtt = AddAttribute<IPositionIncrementAttribute>();
        positionLengthAtt = AddAttribute<IPositionLengthAttribute>();
        typeAtt = AddAttribute<ITypeAttribute>();
        flagsAtt = AddAttribute<IFlagsAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var increment = positionIncrementAtt.PositionIncrement;
            position += increment;
            if (string.Equals(typeAtt.Type, VietnameseTokenizer.SymbolType, StringComparison.Ordinal))
                continue;
            if (increment == 0 && hasPrevious && position == previousPosition)
                continue; // an alternative form stacked on the previous syllable

            var pairs = hasPrevious
                && position == previousPosition + 1
                && (flagsAtt.Flags & VietnameseTokenizer.PhraseBreakFlag) == 0;
            var length = termAtt.Length;
            if (!pairs)
            {
                Remember(termAtt.Buffer, length, offsetAtt.StartOffset);
                continue;
            }

            // Keep this syllable: it is the first of the next pair, and the term buffer is about to be overwritten.
            if (current.Length < length)
                current = new char[Math.Max(length, current.Length * 2)];
            Array.Copy(termAtt.Buffer, current, length);
            var start = previousStart;
            var currentStart = offsetAtt.StartOffset;
            var end = offsetAtt.EndOffset;
            var bigramPosition = previousPosition;

            var buffer = termAtt.ResizeBuffer(previousLength + 1 + length);
            Array.Copy(previous, buffer, previousLength);
            buffer[previousLength] = Separator;
            Array.Copy(current, 0, buffer, previousLength + 1, length);
            termAtt.Length = previousLength + 1 + length;
            offsetAtt.SetOffset(start, end);
            positionIncrementAtt.PositionIncrement = bigramPosition - lastEmittedPosition;
            positionLengthAtt.PositionLength = 1;
            typeAtt.Type = BigramType;
            lastEmittedPosition = bigramPosition;

            (previous, current) = (current, previous);
            previousLength = length;
            previousStart = currentStart;
            previousPosition = position;
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        hasPrevious = false;
        previousLength = 0;
        position = -1;
        lastEmittedPosition = -1;
    }

    private void Remember(char[] term, int length, int start)
    {
        if (previous.Length < length)
            previous = new char[Math.Max(length, previous.Length * 2)];
        Array.Copy(term, previous, length);
        previousLength = length;
        previousStart = start;
        previousPosition = position;
        hasPrevious = true;
    }
}
