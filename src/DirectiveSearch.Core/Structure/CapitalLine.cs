namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Tests for lines printed in capitals (issuers, type lines, positions in a signature) and strips the
/// rules that converters leave around them ("QUỐC HỘI --------", "CHI BỘ................", "******").
/// </summary>
public static class CapitalLine
{
    private static readonly char[] Decorations = ['-', '–', '—', '_', '=', '*', '.', '~', ' ', '|'];

    /// <summary>The text without leading and trailing rules: "QUỐC HỘI --------" → "QUỐC HỘI".</summary>
    public static string StripDecorations(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim(Decorations);
    }

    /// <summary>True when the line is only a rule or a star: "-----", "*", "___".</summary>
    public static bool IsDecoration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && StripDecorations(text).Length == 0;
    }

    /// <summary>True when the line has at least two letters and none of them is lower-case.</summary>
    public static bool IsCapitals(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
                continue;
            if (char.IsLower(c))
                return false;
            letters++;
        }

        return letters >= 2;
    }
}
