using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace DirectiveSearch.Search.Analysis;

/// <summary>
/// Splits Vietnamese text into syllables, and keeps document symbols whole.
/// </summary>
/// <remarks>
/// <para>
/// Syllables: Vietnamese writes one syllable per space-separated unit ("xây dựng" is one word of two
/// syllables), so a token is a run of letters and digits, with any combining marks that follow them
/// (decomposed input: "Đa\u0309ng" is one token). Each token is composed to NFC here, while its offsets
/// stay those of the original text: "Đa\u0309ng" gives "Đảng" with offsets [0, 5). Runs longer than
/// <see cref="MaxTokenLength"/> are cut into pieces of that length.
/// </para>
/// <para>
/// Symbols: "21-KL/TW", "01- KL/TW", "249/2025/NĐ-CP" (see <see cref="DocumentSymbolScanner"/>) give
/// first one <see cref="SymbolType"/> token, spaces removed ("01-KL/TW"), spanning the whole symbol,
/// then its parts ("01", "KL", "TW") as ordinary tokens, the first at the same position as the
/// symbol. So "21-KL/TW" is found as one exact term, while "kết luận số 01" still matches "Kết luận số
/// 01-KL/TW" as a phrase and "KL 21" finds its syllables; a false positive ("10/ha-xyz") costs one
/// extra term and loses nothing.
/// </para>
/// <para>
/// Phrase breaks: a token that follows a line break or punctuation (anything between two tokens
/// other than spaces, or one hyphen or apostrophe joining two syllables as in "Ê-đê", "H'Mông") carries
/// <see cref="PhraseBreakFlag"/>, so that <see cref="SyllableBigramFilter"/> does not pair "soi" with
/// "tự" across the comma of "tự soi, tự sửa".
/// </para>
/// </remarks>
public sealed class VietnameseTokenizer : Tokenizer
{
    /// <summary>Type of syllables, numbers and the parts of a symbol.</summary>
    public const string WordType = "<WORD>";

    /// <summary>Type of a whole document symbol ("21-KL/TW").</summary>
    public const string SymbolType = "<SYMBOL>";

    /// <summary>Flag bit set on a token separated from the previous one by more than spaces.</summary>
    public const int PhraseBreakFlag = 1;

    /// <summary>Longest token, in chars; longer runs of letters are cut (as Lucene's StandardTokenizer does).</summary>
    public const int MaxTokenLength = 255;

    private const int MaxSymbolParts = 8;

    private enum CharKind
    {
        End,
        Word,
        Mark,
        Other,
    }

    private readonly ICharTermAttribute termAtt;
    private readonly IOffsetAttribute offsetAtt;
    private readonly IPositionIncrementAttribute positionIncrementAtt;
    private readonly IPositionLengthAttribute positionLengthAtt;
    private readonly ITypeAttribute typeAtt;
    private readonly IFlagsAttribute flagsAtt;
    private readonly LookaheadReader window = new();

    // The symbol whose parts are still to be emitted, with its original chars.
    private readonly char[] symbol = new char[DocumentSymbolScanner.MaxLength];
    private readonly int[] partStarts = new int[MaxSymbolParts];
    private readonly int[] partEnds = new int[MaxSymbolParts];
    private int symbolStart;
    private int symbolFlags;
    private int partCount;
    private int nextPart;

    private char[] composed = new char[64];

    public VietnameseTokenizer(TextReader input)
        : this(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, input)
    {
    }

    public VietnameseTokenizer(AttributeFactory factory, TextReader input)
        : base(factory, input)
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
        ClearAttributes();
        if (nextPart < partCount)
        {
            EmitSymbolPart();
            return true;
        }

        var phraseBreak = SkipGap();
        var first = window.Peek(0);
        if (first < 0)
            return false;
        if (char.IsAsciiDigit((char)first) && TryEmitSymbol(phraseBreak))
            return true;
        EmitRun(phraseBreak);
        return true;
    }

    public override void End()
    {
        base.End();
        var finalOffset = CorrectOffset(window.Offset);
        offsetAtt.SetOffset(finalOffset, finalOffset);
    }

    public override void Reset()
    {
        base.Reset();
        window.Reset(m_input);
        partCount = 0;
        nextPart = 0;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            window.Release();
    }

    /// <summary>Skips to the next letter or digit; true when what was skipped breaks a phrase.</summary>
    private bool SkipGap()
    {
        var hardBreak = false;
        var spaces = false;
        var joiners = 0;
        while (true)
        {
            var kind = Classify(0, out var width);
            if (kind is CharKind.End or CharKind.Word)
                break;
            var c = (char)window.Peek(0);
            if (c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029')
                hardBreak = true;
            else if (char.IsWhiteSpace(c))
                spaces = true;
            else if (c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019')
                joiners++;
            else
                hardBreak = true;
            window.Advance(width);
        }

        return hardBreak || joiners > 1 || (joiners == 1 && spaces);
    }

    /// <summary>A run of letters, digits and combining marks, composed to NFC, with its original offsets.</summary>
    private void EmitRun(bool phraseBreak)
    {
        var start = window.Offset;
        var buffer = termAtt.Buffer;
        var length = 0;
        var mayNeedComposition = false;
        var consumed = 0;
        while (true)
        {
            var kind = Classify(consumed, out var width);
            if (kind is not (CharKind.Word or CharKind.Mark) || length + width > MaxTokenLength)
                break;
            if (buffer.Length < length + width)
                buffer = termAtt.ResizeBuffer(length + width);
            for (var k = 0; k < width; k++)
            {
                var c = (char)window.Peek(consumed + k);
                buffer[length++] = c;
                // Everything below U+0300 and the precomposed Vietnamese letters (U+1E00–U+1EFF) are
                // already NFC; only other chars need the (rarely needed, allocation-free) check.
                if (c >= '\u0300' && c is < '\u1E00' or > '\u1EFF')
                    mayNeedComposition = true;
            }

            consumed += width;
        }

        window.Advance(consumed);
        termAtt.Length = length;
        if (mayNeedComposition)
            ComposeTerm();
        offsetAtt.SetOffset(CorrectOffset(start), CorrectOffset(start + consumed));
        typeAtt.Type = WordType;
        flagsAtt.Flags = phraseBreak ? PhraseBreakFlag : 0;
    }

    /// <summary>Replaces the term by its NFC form; the offsets keep pointing at the decomposed original.</summary>
    private void ComposeTerm()
    {
        var term = termAtt.Buffer.AsSpan(0, termAtt.Length);
        if (term.IsNormalized(NormalizationForm.FormC))
            return;
        // NFC is at most three times longer than its input (Unicode's stability guarantee).
        if (composed.Length < (term.Length * 3) + 4)
            composed = new char[(term.Length * 3) + 4];
        if (term.TryNormalize(composed, out var written, NormalizationForm.FormC))
            termAtt.CopyBuffer(composed, 0, written);
    }

    private bool TryEmitSymbol(bool phraseBreak)
    {
        var text = window.PeekSpan(DocumentSymbolScanner.MaxLength + 1);
        var length = DocumentSymbolScanner.Match(text);
        if (length == 0)
            return false;

        text[..length].CopyTo(symbol);
        symbolStart = window.Offset;
        symbolFlags = phraseBreak ? PhraseBreakFlag : 0;
        partCount = 0;
        nextPart = 0;
        for (var i = 0; i < length && partCount < MaxSymbolParts;)
        {
            if (!DocumentSymbolScanner.IsCodeChar(symbol[i]))
            {
                i++;
                continue;
            }

            partStarts[partCount] = i;
            while (i < length && DocumentSymbolScanner.IsCodeChar(symbol[i]))
                i++;
            partEnds[partCount++] = i;
        }

        window.Advance(length);
        var written = DocumentSymbolScanner.Normalize(symbol.AsSpan(0, length), termAtt.ResizeBuffer(length));
        termAtt.Length = written;
        offsetAtt.SetOffset(CorrectOffset(symbolStart), CorrectOffset(symbolStart + length));
        positionLengthAtt.PositionLength = Math.Max(1, partCount);
        typeAtt.Type = SymbolType;
        flagsAtt.Flags = symbolFlags;
        return true;
    }

    /// <summary>The next part of the current symbol: the first stacked on the symbol, the others one position further each.</summary>
    private void EmitSymbolPart()
    {
        var part = nextPart++;
        var start = partStarts[part];
        var end = partEnds[part];
        termAtt.CopyBuffer(symbol, start, end - start);
        offsetAtt.SetOffset(CorrectOffset(symbolStart + start), CorrectOffset(symbolStart + end));
        positionIncrementAtt.PositionIncrement = part == 0 ? 0 : 1;
        typeAtt.Type = WordType;
        flagsAtt.Flags = part == 0 ? symbolFlags : 0;
    }

    /// <summary>What the char (or surrogate pair) <paramref name="ahead"/> places on is, and its width in chars.</summary>
    private CharKind Classify(int ahead, out int width)
    {
        width = 1;
        var next = window.Peek(ahead);
        if (next < 0)
            return CharKind.End;
        var c = (char)next;
        if (c < 0x80)
            return char.IsAsciiLetterOrDigit(c) ? CharKind.Word : CharKind.Other;

        UnicodeCategory category;
        if (char.IsHighSurrogate(c))
        {
            var low = window.Peek(ahead + 1);
            if (low < 0 || !char.IsLowSurrogate((char)low))
                return CharKind.Other; // an unpaired surrogate separates tokens and is never part of one
            width = 2;
            category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, (char)low));
        }
        else
        {
            category = CharUnicodeInfo.GetUnicodeCategory(c);
        }

        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber => CharKind.Word,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharKind.Mark,
            _ => CharKind.Other,
        };
    }
}
