namespace DirectiveSearch.Readers.Ocr;

/// <summary>Splits tesseract's "vie+eng" language syntax into codes.</summary>
internal static class OcrLanguages
{
    public static IReadOnlyList<string> Parse(string languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var codes = languages.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (codes.Length == 0)
            throw new ArgumentException("No OCR language given.", nameof(languages));
        return codes;
    }

    /// <summary>Reads the output of 'tesseract --list-langs': a title line, then one code per line.</summary>
    public static IReadOnlyList<string> ParseInstalled(string listing) =>
        listing.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("List of available languages", StringComparison.OrdinalIgnoreCase))
            .Where(line => !line.Contains(' '))
            .ToArray();
}
