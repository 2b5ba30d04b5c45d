using System.Text;
using DirectiveSearch.Core.Text.ToneMarks;

namespace DirectiveSearch.Core.Tests.Text.ToneMarks;

public sealed class ToneMarkNormalizerPropertyTests
{
    // Letters that make Vietnamese-looking syllables, plus noise: digits, punctuation, spaces, other scripts,
    // combining marks, a surrogate pair and a lone surrogate.
    private const string Consonants = "bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX";
    private static readonly string[] Noise = [" ", " ", "-", "/", ",", "1", "2", "\n", "\u0301", "\u0323", "é", "ß", "Ω", "ж", "\uD835\uDC00", "'", "f", "w"];

    [Fact]
    public void Every_vowel_with_every_tone_is_one_precomposed_character()
    {
        string[] marks = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
        foreach (var vowel in VietnameseVowels.BaseVowels + VietnameseVowels.BaseVowels.ToUpperInvariant())
        {
            foreach (var tone in Enum.GetValues<Tone>())
            {
                var composed = (vowel + marks[(int)tone]).Normalize(NormalizationForm.FormC);
                Assert.Equal(1, composed.Length);
                Assert.Equal(composed[0], VietnameseVowels.WithTone(vowel, tone));
                Assert.True(VietnameseVowels.TryDecompose(composed[0], out var baseVowel, out var decomposedTone));
                Assert.Equal(vowel, baseVowel);
                Assert.Equal(tone, decomposedTone);
            }
        }
    }

    [Theory]
    [InlineData('b')]
    [InlineData('đ')]
    [InlineData('1')]
    [InlineData('ë')]
    [InlineData('ж')]
    public void Other_characters_are_not_vowels(char c)
    {
        Assert.False(VietnameseVowels.IsVowel(c));
        Assert.False(VietnameseVowels.TryDecompose(c, out _, out _));
    }

    [Fact]
    public void Random_text_is_normalized_idempotently_without_changing_its_length_or_its_letters()
    {
        var random = new Random(20251123);
        for (var n = 0; n < 5_000; n++)
        {
            var text = RandomText(random).Normalize(NormalizationForm.FormC);
            var once = ToneMarkNormalizer.Normalize(text);
            var twice = ToneMarkNormalizer.Normalize(once);

            Assert.Equal(once, twice);
            Assert.Equal(text.Length, once.Length);
            Assert.True(once.IsNormalized(NormalizationForm.FormC), Escape(text));
            // Only tone marks move: removing every tone mark gives the same letters before and after.
            Assert.Equal(WithoutTones(text), WithoutTones(once));
            Assert.Equal(CountTones(text), CountTones(once));
        }
    }

    [Fact]
    public void Every_tone_on_every_vowel_of_a_syllable_gives_one_form()
    {
        // For each syllable, whichever of its vowels the mark was typed on, the result is the same.
        string[] syllables = ["hoa", "khoe", "thuy", "viet", "thuyen", "nguoi", "ruou", "ngoai", "khuyen", "quy", "gia", "giua", "cua", "chuyen", "khuay", "thuo"];
        string[] qualityForms = ["hoa", "khoe", "thuy", "viêt", "thuyên", "ngươi", "rươu", "ngoai", "khuyên", "quy", "gia", "giưa", "cua", "chuyên", "khuây", "thuơ"];
        for (var s = 0; s < syllables.Length; s++)
        {
            var letters = qualityForms[s];
            foreach (var tone in new[] { Tone.Falling, Tone.Rising, Tone.Dipping, Tone.Broken, Tone.Heavy })
            {
                var forms = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < letters.Length; i++)
                {
                    if (!VietnameseVowels.IsVowel(letters[i]))
                        continue;
                    var chars = letters.ToCharArray();
                    chars[i] = VietnameseVowels.WithTone(chars[i], tone);
                    forms.Add(ToneMarkNormalizer.Normalize(new string(chars)));
                }

                Assert.True(forms.Count == 1, $"{syllables[s]} {tone}: {string.Join(", ", forms)}");
            }
        }
    }

    [Theory]
    [InlineData("ho\uD800à", "ho\uD800à")]
    [InlineData("hoà\uDC00 uỷ", "hòa\uDC00 ủy")]
    [InlineData("\uD800a\u0300 hoa\u0300", "\uD800à hòa")]
    public void Lone_surrogates_do_not_stop_normalization(string input, string expected)
    {
        Assert.Equal(expected, ToneMarkNormalizer.Normalize(input));
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var words = random.Next(1, 6);
        for (var w = 0; w < words; w++)
        {
            if (random.Next(4) == 0)
                builder.Append(Noise[random.Next(Noise.Length)]);
            if (random.Next(3) != 0)
                builder.Append(Consonants[random.Next(Consonants.Length)]);
            if (random.Next(4) == 0)
                builder.Append(random.Next(2) == 0 ? 'h' : 'g');
            var vowels = random.Next(0, 4);
            for (var v = 0; v < vowels; v++)
            {
                var vowel = VietnameseVowels.BaseVowels[random.Next(VietnameseVowels.BaseVowels.Length)];
                if (random.Next(2) == 0)
                    vowel = char.ToUpperInvariant(vowel);
                builder.Append(VietnameseVowels.WithTone(vowel, random.Next(3) == 0 ? (Tone)random.Next(6) : Tone.Level));
            }

            if (random.Next(2) == 0)
                builder.Append(new[] { "c", "ch", "m", "n", "ng", "nh", "p", "t", "NG" }[random.Next(9)]);
            builder.Append(' ');
        }

        return builder.ToString();
    }

    private static string WithoutTones(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (VietnameseVowels.IsVowel(chars[i]))
                chars[i] = VietnameseVowels.WithTone(chars[i], Tone.Level);
        }

        return new string(chars);
    }

    private static int CountTones(string text) =>
        text.Count(c => VietnameseVowels.TryDecompose(c, out _, out var tone) && tone != Tone.Level);

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < 0x80 ? c.ToString() : $"\\u{(int)c:X4}"));
}
