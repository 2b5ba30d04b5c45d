namespace DirectiveSearch.Core.Text.Legacy;

/// <summary>
/// How Vietnamese a text looks: of its words (letter runs), how many are valid syllables
/// (<see cref="VietnameseSyllable"/>), and the same for the words carrying a non-ASCII letter, which are
/// the ones a wrong decoding garbles. Unaccented words read the same in every decoding and prove nothing.
/// </summary>
public readonly record struct VietnameseTextScore(int Words, int ValidWords, int MarkedWords, int ValidMarkedWords)
{
    // Vietnamese prose carries diacritics on most syllables (about 70% in the corpus); proper names,
    // abbreviations ("UBND", "KH/TU") and typos keep the rest from being perfect.
    private const int MinValidMarkedWords = 3;
    private const double MinValidMarkedShare = 0.8;
    private const double MinMarkedShare = 0.15;
    private const double MinValidShare = 0.5;

    /// <summary>The fraction of words that are valid Vietnamese syllables.</summary>
    public double ValidShare => Words == 0 ? 0 : (double)ValidWords / Words;

    /// <summary>The fraction of accented words that are valid syllables.</summary>
    public double ValidMarkedShare => MarkedWords == 0 ? 0 : (double)ValidMarkedWords / MarkedWords;

    /// <summary>
    /// Whether the text is convincingly Vietnamese: enough accented words, nearly all of them syllables.
    /// A few accented words ("café", one "Céng") are not enough to decide an encoding on.
    /// </summary>
    public bool IsConvincing =>
        ValidMarkedWords >= MinValidMarkedWords
        && ValidMarkedShare >= MinValidMarkedShare
        && MarkedWords >= MinMarkedShare * Words
        && ValidShare >= MinValidShare;

    public static VietnameseTextScore Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int words = 0, valid = 0, marked = 0, validMarked = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var accented = false;
            while (i < text.Length && (char.IsLetter(text[i]) || IsMark(text[i])))
            {
                accented |= text[i] > 0x7F;
                i++;
            }

            var isValid = VietnameseSyllable.IsValid(text.AsSpan(start, i - start));
            words++;
            valid += isValid ? 1 : 0;
            if (accented)
            {
                marked++;
                validMarked += isValid ? 1 : 0;
            }
        }

        return new VietnameseTextScore(words, valid, marked, validMarked);
    }

    // A combining mark left uncomposed keeps its word together (and then fails the syllable check).
    private static bool IsMark(char c) => c is >= '\u0300' and <= '\u036F';
}
