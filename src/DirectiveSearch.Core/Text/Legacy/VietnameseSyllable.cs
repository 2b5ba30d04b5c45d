using DirectiveSearch.Core.Text.ToneMarks;

namespace DirectiveSearch.Core.Text.Legacy;

/// <summary>
/// Whether a word is a well-formed Vietnamese syllable: onset + rhyme (a vowel nucleus Vietnamese has and
/// an allowed final) + at most one tone mark, with the stop finals c, ch, p, t taking only the sắc or nặng
/// tone ("việt", "học" yes; "viẻt", "hoàc" no). Used to tell a right decoding of legacy bytes from a wrong
/// one: the right one gives "Cộng hòa", the wrong ones "Coäng hoøa" or "Cäng hßa", whose words are not syllables.
/// </summary>
/// <remarks>
/// The check is of spelling, not of a dictionary: "ngoẹo" passes, so would an unused but well-formed syllable.
/// Unaccented English words such as "the" or "in" also pass; that is why the scorer counts accented words apart.
/// </remarks>
public static class VietnameseSyllable
{
    // Nuclei, with quality marks and without tones. Those in NeedFinal occur only before a final consonant:
    // "ăn", "tiến", "muốn", "người", "chuyện"; the others also end a syllable: "hai", "của", "người".
    private static readonly HashSet<string> Open =
    [
        "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oa", "oe", "oi", "ôi", "ơi",
        "ua", "uê", "ui", "uơ", "ưa", "ưi", "ưu", "uy",
        "iêu", "yêu", "oai", "oay", "oao", "uây", "uôi", "ươi", "ươu", "uya", "oeo", "uyu",
    ];

    private static readonly HashSet<string> NeedFinal = ["ă", "â", "iê", "yê", "uô", "ươ", "uâ", "oă", "oo", "uyê"];

    private const int MaxLength = 7; // "nghiêng", "nghiệng"

    public static bool IsValid(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxLength)
            return false;

        Span<char> bases = stackalloc char[word.Length];
        var tone = Tone.Level;
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            if (VietnameseVowels.TryDecompose(c, out var baseVowel, out var t))
            {
                if (t != Tone.Level)
                {
                    if (tone != Tone.Level)
                        return false; // two tone marks
                    tone = t;
                }

                bases[i] = baseVowel;
            }
            else if (c is (>= 'a' and <= 'z') or 'đ')
            {
                bases[i] = c;
            }
            else
            {
                return false;
            }
        }

        if (!SyllableStructure.TryParse(bases, out var nucleusStart, out var nucleusEnd))
            return false;
        var nucleus = new string(bases[nucleusStart..nucleusEnd]);
        var final = bases[nucleusEnd..];
        if (final.Length == 0 ? !Open.Contains(nucleus) : !Open.Contains(nucleus) && !NeedFinal.Contains(nucleus))
            return false;

        if (!SpelledForItsVowel(bases[..nucleusStart], nucleus[0]))
            return false;

        // A stop final (c, ch, p, t) cuts the syllable short: only the rising and heavy tones fit it.
        var stop = final is "c" or "ch" or "p" or "t";
        return !stop || tone is Tone.Rising or Tone.Heavy;
    }

    // Before e, ê, i (and y) the sounds /k/, /ɣ/, /ŋ/ are spelled k, gh, ngh, elsewhere c, g, ng: "kế", "ghi",
    // "nghiêng" but "cộng", "gà", "người". "Céng" (TCVN3 "Cộng" read as Windows-1252) fails here. The i of
    // "gì" is its nucleus, and g before it is right.
    private static bool SpelledForItsVowel(ReadOnlySpan<char> onset, char firstVowel)
    {
        var front = firstVowel is 'e' or 'ê' or 'i' or 'y';
        return onset switch
        {
            "c" or "ng" => !front,
            "g" => !front || firstVowel == 'i',
            "k" or "gh" or "ngh" => front,
            _ => true,
        };
    }
}
