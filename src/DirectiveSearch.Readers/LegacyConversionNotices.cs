using DirectiveSearch.Core.Text.Legacy;

namespace DirectiveSearch.Readers;

/// <summary>
/// Counts the text a reader converted from legacy fonts, by encoding and font name, and words the notice
/// the user sees: "Đã chuyển 12 đoạn chữ từ bảng mã cũ TCVN3 (ABC) sang Unicode (phông .VnTime, .VnTimeH)".
/// One instance serves one document; readers are shared between threads, their tallies are not.
/// </summary>
internal sealed class LegacyConversionNotices(string unit)
{
    private readonly SortedDictionary<LegacyEncoding, (int Count, SortedSet<string> Fonts)> converted = [];

    public bool Any => converted.Count > 0;

    public void Record(LegacyFont font, string fontName)
    {
        if (!converted.TryGetValue(font.Encoding, out var entry))
            entry = (0, new SortedSet<string>(StringComparer.Ordinal));
        entry.Fonts.Add(fontName);
        converted[font.Encoding] = (entry.Count + 1, entry.Fonts);
    }

    public IReadOnlyList<string> Messages() =>
        [.. converted.Select(pair =>
            $"Đã chuyển {pair.Value.Count} {unit} từ bảng mã cũ {LegacyEncodingNames.Of(pair.Key)} sang Unicode (phông {string.Join(", ", pair.Value.Fonts)})")];
}
