using System.Globalization;
using System.Text;

namespace DirectiveSearch.Core.Text.ToneMarks;

/// <summary>
/// Puts the tone mark of every Vietnamese syllable on the one vowel where the spelling rule puts
/// it, so that the two styles and common typing errors all give one written form:
/// "hoà" and "hòa" → "hòa", "Đảng uỷ" and "Đảng ủy" → "Đảng ủy", "vịêt" → "việt", "thuýên" → "thuyến".
/// </summary>
/// <remarks>
/// <para>The rule, applied to the syllable's vowel nucleus (qu- and gi- being consonants):</para>
/// <list type="number">
/// <item>a vowel with a quality mark (ă â ê ô ơ ư) takes the tone: "việt", "tuấn", "hoặc"; in ươ the ơ
///   takes it: "người", "rượu", "ướt"; in uơ too: "thuở";</item>
/// <item>else a single vowel takes it: "quý", "giá", "gì";</item>
/// <item>else, when a final consonant follows, the last vowel: "toán", "hoạch", "huýt";</item>
/// <item>else, of three vowels, the middle one: "ngoài", "xoáy", "khuỷu";</item>
/// <item>else, of two vowels, the first: "của", "mùa", "mía", "túi".</item>
/// </list>
/// <para>
/// Canonical style: the OLD style ("kiểu cũ"), which puts the mark on the first vowel of the open
/// pairs oa, oe, uy as of every other pair: "hòa, khóa, khỏe, thủy, ủy". The new style ("kiểu mới",
/// "hoà, khoẻ, thuỷ, uỷ") treats o/u there as a glide and marks the second vowel. Both are correct
/// Vietnamese; one had to be chosen, and the old one is what the common keyboard tools (Unikey,
/// EVKey) produce by default, hence what most documents already contain: the corpus writes "ủy"
/// 264 times against 28 "uỷ", "khóa" 40 against 6. Choosing it leaves most syllables untouched.
/// With the old style the open-pair rule has no exception; with a final consonant both styles
/// agree ("hoàn", "toán"), and three vowels always take the middle ("hoài").
/// </para>
/// <para>
/// Only marks are moved, never letters added or removed, and every Vietnamese vowel with every
/// tone is one precomposed character (<see cref="VietnameseVowels"/>), so in NFC text the length
/// never changes. Letter runs that are not Vietnamese syllables (English "the", French "café",
/// "QH"), runs with more than one tone mark, and runs followed by a combining mark (moving the
/// tone there could make the text non-NFC) are left unchanged; digits and symbols are never touched.
/// Spelling variants that change letters, such as "quí"/"quý" or "lí"/"lý", are not this class's job.
/// </para>
/// </remarks>
public static class ToneMarkNormalizer
{
    /// <summary>
    /// Normalizes every syllable of <paramref name="text"/> (one syllable or a whole text). Decomposed
    /// (NFD) input is composed to NFC first, so the result is always NFC.
    /// Returns the same instance when nothing changes.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = ComposeNfc(text);
        if (!NeedsWork(composed))
            return composed;
        var buffer = composed.ToCharArray();
        return NormalizeInPlace(buffer, buffer.Length) ? new string(buffer) : composed;
    }

    /// <summary>
    /// Normalizes the first <paramref name="length"/> chars of <paramref name="buffer"/> in place; the
    /// length does not change. The text must be NFC (the tokenizer composes each token first);
    /// combining marks left in it are treated as separators and never moved.
    /// </summary>
    /// <returns>Whether any char changed.</returns>
    public static bool NormalizeInPlace(char[] buffer, int length)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, buffer.Length);
        return NormalizeInPlace(buffer.AsSpan(0, length));
    }

    /// <inheritdoc cref="NormalizeInPlace(char[], int)"/>
    public static bool NormalizeInPlace(Span<char> text)
    {
        var changed = false;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && char.IsLetter(text[end]))
                end++;
            var followedByMark = end < text.Length && IsCombiningMark(text[end]);
            if (!followedByMark && NormalizeSyllable(text[i..end]))
                changed = true;
            i = end;
        }

        return changed;
    }

    /// <summary>Moves the one tone mark of a letter run to its canonical vowel; false when nothing moved.</summary>
    private static bool NormalizeSyllable(Span<char> syllable)
    {
        var toneAt = -1;
        var tone = 0;
        for (var i = 0; i < syllable.Length; i++)
        {
            var info = VietnameseVowels.InfoOf(syllable[i]);
            var t = VietnameseVowels.ToneOf(info);
            if (t == 0)
                continue;
            if (toneAt >= 0)
                return false; // two marks ("vịệt"): no way to tell which tone was meant
            toneAt = i;
            tone = t;
        }

        if (toneAt < 0 || !SyllableStructure.TryParse(syllable, out var nucleusStart, out var nucleusEnd))
            return false;

        var target = ToneVowel(syllable, nucleusStart, nucleusEnd);
        if (target == toneAt)
            return false;

        syllable[toneAt] = VietnameseVowels.Compose(VietnameseVowels.InfoOf(syllable[toneAt]), 0);
        syllable[target] = VietnameseVowels.Compose(VietnameseVowels.InfoOf(syllable[target]), tone);
        return true;
    }

    /// <summary>Index of the vowel that carries the tone, by the rule in the remarks above.</summary>
    private static int ToneVowel(ReadOnlySpan<char> syllable, int nucleusStart, int nucleusEnd)
    {
        // The last quality-marked vowel: in ươ (người, rượu) both vowels carry a quality mark and ơ wins.
        for (var i = nucleusEnd - 1; i >= nucleusStart; i--)
        {
            if (HasQualityMark(syllable[i]))
                return i;
        }

        var vowels = nucleusEnd - nucleusStart;
        if (vowels == 1)
            return nucleusStart;
        if (nucleusEnd < syllable.Length)
            return nucleusEnd - 1; // a final consonant follows: "hoàn", "toán", "hoạch"
        if (vowels == 3)
            return nucleusStart + 1; // "ngoài", "xoáy", "khuỷu"

        // Two vowels, open syllable: the first ("của", "mía", "túi"). In the old style chosen here,
        // oa, oe and uy follow the same rule ("hòa", "khỏe", "thủy"); the new style would mark the
        // second vowel of just those three pairs ("hoà", "khoẻ", "thuỷ").
        return nucleusStart;
    }

    private static bool HasQualityMark(char c)
    {
        var info = VietnameseVowels.InfoOf(c);
        // ă â ê ô ơ ư in VietnameseVowels.BaseVowels order: a ă â e ê i o ô ơ u ư y.
        return info != 0 && VietnameseVowels.BaseIdOf(info) is 1 or 2 or 4 or 7 or 8 or 10;
    }

    /// <summary>
    /// NFC of <paramref name="text"/>. .NET refuses to normalize ill-formed UTF-16, so text with an
    /// unpaired surrogate (a broken PDF extraction) is composed piece by piece around it: nothing
    /// composes across an unpaired surrogate anyway.
    /// </summary>
    private static string ComposeNfc(string text)
    {
        var firstLone = IndexOfLoneSurrogate(text, 0);
        if (firstLone < 0)
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

        var builder = new StringBuilder(text.Length);
        var start = 0;
        for (var lone = firstLone; lone >= 0; lone = IndexOfLoneSurrogate(text, start))
        {
            builder.Append(text.AsSpan(start, lone - start).ToString().Normalize(NormalizationForm.FormC)).Append(text[lone]);
            start = lone + 1;
        }

        return builder.Append(text[start..].Normalize(NormalizationForm.FormC)).ToString();
    }

    private static int IndexOfLoneSurrogate(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return i;
        }

        return -1;
    }

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
        {
            if (VietnameseVowels.ToneOf(VietnameseVowels.InfoOf(c)) != 0)
                return true;
        }

        return false;
    }

    private static bool IsCombiningMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
