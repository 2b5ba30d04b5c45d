using System.Runtime.CompilerServices;
using System.Text;

namespace DirectiveSearch.Core.Text.ToneMarks;

/// <summary>
/// The twelve Vietnamese vowel letters (a ă â e ê i o ô ơ u ư y, and their capitals) under each of
/// the six tones, as single precomposed NFC characters: "ệ" is ê + dot below, one char U+1EC7.
/// </summary>
/// <remarks>
/// Every one of the 12 × 6 × 2 = 144 combinations exists as one precomposed BMP character, so
/// moving a tone mark from one vowel to another in NFC text never changes the text's length: the
/// table is built by composing each combination with <see cref="string.Normalize(NormalizationForm)"/>
/// and the type refuses to load if one of them does not compose to a single char. That is what
/// lets the Lucene filter move marks inside a term buffer without resizing it or its offsets.
/// </remarks>
public static class VietnameseVowels
{
    /// <summary>The base vowels, in the order of the internal ids: quality-marked ones are ă â ê ô ơ ư.</summary>
    public const string BaseVowels = "aăâeêioôơuưy";

    private const int ToneCount = 6;
    private const int TableSize = 0x1F00; // covers ASCII, Latin-1, Latin Extended-A/B and Latin Extended Additional
    private const int ToneShift = 4;
    private const int UpperBit = 0x80;

    // The combining mark of each tone, in Tone order.
    private static readonly string[] ToneMarks = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

    // Per char: 0 when not a Vietnamese vowel, else (base id + 1) | tone << 4 | upper bit.
    private static readonly byte[] Info = new byte[TableSize];

    // Per (base id, tone, case): the precomposed char.
    private static readonly char[] Composed = new char[BaseVowels.Length * ToneCount * 2];

    static VietnameseVowels()
    {
        for (var id = 0; id < BaseVowels.Length; id++)
        {
            for (var upper = 0; upper < 2; upper++)
            {
                var letter = upper == 1 ? char.ToUpperInvariant(BaseVowels[id]) : BaseVowels[id];
                for (var tone = 0; tone < ToneCount; tone++)
                {
                    var composed = (letter + ToneMarks[tone]).Normalize(NormalizationForm.FormC);
                    if (composed.Length != 1 || composed[0] >= TableSize)
                    {
                        throw new InvalidOperationException(
                            $"'{letter}' with tone {(Tone)tone} is not one precomposed character; tone marks could not be moved in place.");
                    }

                    Composed[Index(id, tone, upper == 1)] = composed[0];
                    Info[composed[0]] = (byte)((id + 1) | (tone << ToneShift) | (upper == 1 ? UpperBit : 0));
                }
            }
        }
    }

    /// <summary>Whether <paramref name="c"/> is a Vietnamese vowel letter, with or without a tone mark.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsVowel(char c) => c < TableSize && Info[c] != 0;

    /// <summary>
    /// Splits a vowel into its base letter (case kept, quality mark kept) and its tone:
    /// 'Ệ' → ('Ê', Heavy), 'ư' → ('ư', Level). False for anything else.
    /// </summary>
    public static bool TryDecompose(char c, out char baseVowel, out Tone tone)
    {
        if (!IsVowel(c))
        {
            baseVowel = c;
            tone = Tone.Level;
            return false;
        }

        var info = Info[c];
        tone = (Tone)ToneOf(info);
        baseVowel = Composed[Index(BaseIdOf(info), 0, IsUpper(info))];
        return true;
    }

    /// <summary>The vowel <paramref name="vowel"/> (any tone, any case) with <paramref name="tone"/> instead: ('ề', Rising) → 'ế'.</summary>
    /// <exception cref="ArgumentException">When <paramref name="vowel"/> is not a Vietnamese vowel.</exception>
    public static char WithTone(char vowel, Tone tone)
    {
        if (!IsVowel(vowel))
            throw new ArgumentException($"'{vowel}' is not a Vietnamese vowel.", nameof(vowel));
        if ((uint)tone >= ToneCount)
            throw new ArgumentOutOfRangeException(nameof(tone));
        var info = Info[vowel];
        return Composed[Index(BaseIdOf(info), (int)tone, IsUpper(info))];
    }

    /// <summary>Packed description of a char, 0 when not a vowel; read with the helpers below.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int InfoOf(char c) => c < TableSize ? Info[c] : 0;

    /// <summary>Index into <see cref="BaseVowels"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int BaseIdOf(int info) => (info & 0x0F) - 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ToneOf(int info) => (info >> ToneShift) & 0x07;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsUpper(int info) => (info & UpperBit) != 0;

    /// <summary>The char with the same base and case as <paramref name="info"/> describes, under <paramref name="tone"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char Compose(int info, int tone) => Composed[Index(BaseIdOf(info), tone, IsUpper(info))];

    private static int Index(int id, int tone, bool upper) => (((id * ToneCount) + tone) * 2) + (upper ? 1 : 0);
}
