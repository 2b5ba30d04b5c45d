namespace DirectiveSearch.Core.Text;

/// <summary>
/// Tells an English translation from a Vietnamese text: Vietnamese writes nearly every word with a mark
/// ("đ", a tone, a hat), English none, and English function words ("the", "of", "and") are everywhere in it.
/// Only the start of the text is looked at, so a Vietnamese document quoting an English name stays Vietnamese.
/// </summary>
public static class LanguageDetector
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    private const int Sample = 6000;
    private const int MinLetters = 200;

    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase) { "the", "of", "and", "to", "in", "on", "for", "with", "shall" };

    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.Length > Sample ? text[..Sample] : text;
        int letters = 0, marked = 0;
        foreach (var c in sample)
        {
            if (!char.IsLetter(c))
                continue;
            letters++;
            if (c > 0x7F)
                marked++;
        }

        if (letters < MinLetters || marked * 100 >= letters * 2)
            return Vietnamese;
        var words = sample.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var english = words.Count(w => EnglishWords.Contains(w.Trim(',', '.', ';', ':')));
        return english * 20 >= words.Length ? English : Vietnamese;
    }
}
