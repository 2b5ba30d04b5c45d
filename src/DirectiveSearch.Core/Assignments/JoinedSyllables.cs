using System.Text;

namespace DirectiveSearch.Core.Assignments;

/// <summary>
/// Splits two Vietnamese syllables a page printed without the space between them ("cáchuyện", "thựchiện"): a
/// syllable has one vowel group, so a word with two groups, both marked, is two syllables. The consonants between
/// them are cut where the first keeps a final a syllable can end with (a stop final only under a sắc or nặng tone)
/// and the second gets the shortest initial a syllable can start with: "các huyện", "thực hiện", "chủ trì".
/// </summary>
internal static class JoinedSyllables
{
    private static readonly HashSet<string> Finals = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];
    private static readonly HashSet<string> StopFinals = ["c", "ch", "p", "t"];
    private static readonly HashSet<string> Initials =
        ["b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x"];

    /// <summary>The words of <paramref name="text"/> with each joined pair of syllables split by a space.</summary>
    public static string Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
            words[i] = SplitWord(words[i]);
        return string.Join(' ', words);
    }

    private static string SplitWord(string word)
    {
        if (word.Length < 4 || !word.All(char.IsLetter))
            return word;
        var lower = word.ToLowerInvariant();
        var folded = FoldedText.Of(lower);
        var groups = new List<(int Start, int End)>();
        for (var i = 0; i < folded.Length; i++)
        {
            if (!IsVowel(folded[i]))
                continue;
            var start = i;
            while (i + 1 < folded.Length && IsVowel(folded[i + 1]))
                i++;
            groups.Add((start, i + 1));
        }

        // "qu" and "gi" before a vowel belong to the initial; they sit in the same group as the vowel, so two groups are two syllables.
        if (groups.Count != 2 || !Marked(word, groups[0]) || !Marked(word, groups[1]))
            return word;
        var between = lower[groups[0].End..groups[1].Start];
        for (var cut = between.Length - 1; cut >= 0; cut--)
        {
            var final = between[..cut];
            var initial = between[cut..];
            if (!Finals.Contains(final) || !Initials.Contains(initial))
                continue;
            if (StopFinals.Contains(final) && !StopTone(word[groups[0].Start..groups[0].End]))
                continue;
            var at = groups[0].End + cut;
            return word[..at] + " " + word[at..];
        }

        return word;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // Marked: a vowel written with a diacritic or a tone, which a Vietnamese word has and a loanword ("Internet") lacks.
    private static bool Marked(string word, (int Start, int End) group)
    {
        for (var i = group.Start; i < group.End; i++)
        {
            if (word[i] > '\u007f')
                return true;
        }

        return false;
    }

    private static bool StopTone(string vowels)
    {
        foreach (var c in vowels.Normalize(NormalizationForm.FormD))
        {
            if (c is '\u0301' or '\u0323')
                return true;
        }

        return false;
    }
}
