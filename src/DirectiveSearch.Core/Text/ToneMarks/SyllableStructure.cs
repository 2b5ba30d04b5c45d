namespace DirectiveSearch.Core.Text.ToneMarks;

/// <summary>
/// Splits a written Vietnamese syllable into onset consonant, vowel nucleus and final consonant:
/// "nghiêng" = ngh + iê + ng, "quyết" = qu + yê + t, "giữa" = gi + ưa, "gì" = g + i.
/// A run of letters that does not split this way (an English or French word, an acronym) is not a
/// Vietnamese syllable, and tone marks in it are left alone.
/// </summary>
internal static class SyllableStructure
{
    private const int BaseI = 5;
    private const int BaseU = 9;

    /// <summary>
    /// Finds the nucleus of <paramref name="syllable"/>: [<paramref name="nucleusStart"/>, <paramref name="nucleusEnd"/>).
    /// False when the letters are not onset + 1 to 3 vowels + final.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> syllable, out int nucleusStart, out int nucleusEnd)
    {
        nucleusEnd = 0;
        nucleusStart = OnsetLength(syllable);
        if (nucleusStart < 0)
            return false;

        var end = nucleusStart;
        while (end < syllable.Length && VietnameseVowels.IsVowel(syllable[end]))
            end++;
        var vowels = end - nucleusStart;
        if (vowels is < 1 or > 3 || !IsFinal(syllable[end..]))
            return false;

        nucleusEnd = end;
        return true;
    }

    /// <summary>
    /// Length of the onset, or -1 when the syllable does not start with one.
    /// qu- and gi- are consonants: in "quý" the u belongs to the onset, so the nucleus is the single
    /// vowel y and the mark sits on it; in "giá" the i belongs to the onset. But gi- takes the i only
    /// when another vowel follows: in "gì" and "gìn" the i is the nucleus and keeps the mark.
    /// </summary>
    private static int OnsetLength(ReadOnlySpan<char> s)
    {
        if (s.Length >= 3 && VietnameseVowels.IsVowel(s[2]))
        {
            var first = Lower(s[0]);
            if (first == 'q' && HasBase(s[1], BaseU))
                return 2;
            if (first == 'g' && HasBase(s[1], BaseI))
                return 2;
        }

        var length = 0;
        while (length < s.Length && length < 4 && !VietnameseVowels.IsVowel(s[length]))
            length++;
        return length switch
        {
            0 => 0,
            1 => Lower(s[0]) is 'b' or 'c' or 'd' or 'đ' or 'g' or 'h' or 'k' or 'l' or 'm' or 'n' or 'p' or 'r' or 's' or 't' or 'v' or 'x' ? 1 : -1,
            2 => IsPair(s, "ch", "gh", "kh", "ng", "nh", "ph", "th", "tr") ? 2 : -1,
            3 => Lower(s[0]) == 'n' && Lower(s[1]) == 'g' && Lower(s[2]) == 'h' ? 3 : -1,
            _ => -1,
        };
    }

    /// <summary>Final consonants: c, ch, m, n, ng, nh, p, t (i, y, o, u after a vowel are part of the nucleus here).</summary>
    private static bool IsFinal(ReadOnlySpan<char> s) => s.Length switch
    {
        0 => true,
        1 => Lower(s[0]) is 'c' or 'm' or 'n' or 'p' or 't',
        2 => IsPair(s, "ch", "ng", "nh"),
        _ => false,
    };

    private static bool IsPair(ReadOnlySpan<char> s, params ReadOnlySpan<string> pairs)
    {
        var a = Lower(s[0]);
        var b = Lower(s[1]);
        foreach (var pair in pairs)
        {
            if (pair[0] == a && pair[1] == b)
                return true;
        }

        return false;
    }

    private static bool HasBase(char c, int baseId)
    {
        var info = VietnameseVowels.InfoOf(c);
        return info != 0 && VietnameseVowels.BaseIdOf(info) == baseId;
    }

    // Consonants are ASCII letters and Đ; anything else stays as it is and fails the checks above.
    private static char Lower(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        'Đ' => 'đ',
        _ => c,
    };
}
