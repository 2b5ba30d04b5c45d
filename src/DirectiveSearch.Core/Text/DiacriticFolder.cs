namespace DirectiveSearch.Core.Text;

/// <summary>
/// Removes Vietnamese diacritics and lower-cases: "Đảng ủy" → "dang uy". The folding itself is
/// <see cref="DiacriticFolding"/>, shared with the search analyzer so both fold alike.
/// </summary>
public static class DiacriticFolder
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DiacriticFolding.Fold(text).ToLowerInvariant();
    }
}
