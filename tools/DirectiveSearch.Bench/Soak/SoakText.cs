using System.Text;

namespace DirectiveSearch.Bench.Soak;

/// <summary>
/// Plain-text plans made up for the fault phases: each different from every other and from the corpus (random
/// syllables from some two thousand, so no run of words repeats), so an upload of one is always a new document.
/// </summary>
internal static class SoakText
{
    private static readonly string[] Initials = ["b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x", "ng"];
    private static readonly string[] Vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
    private static readonly string[] Finals = ["", "c", "ch", "m", "n", "ng", "nh", "t"];

    /// <param name="seed">Which document; the same seed gives the same bytes.</param>
    /// <param name="paragraphs">About 400 bytes each.</param>
    public static byte[] Document(int seed, int paragraphs)
    {
        var random = new Random(seed);
        var text = new StringBuilder("ĐẢNG BỘ TỈNH THỬ NGHIỆM\n\nKẾ HOẠCH\nvề việc thử nghiệm số ").Append(seed).Append("\n\n");
        for (var p = 1; p <= paragraphs; p++)
        {
            text.Append(p).Append(". ");
            for (var w = 0; w < 60; w++)
                text.Append(Initials[random.Next(Initials.Length)]).Append(Vowels[random.Next(Vowels.Length)]).Append(Finals[random.Next(Finals.Length)]).Append(' ');
            text.Append("mã ").Append(seed).Append('-').Append(p).Append(".\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
