using System.Globalization;
using System.Text;

namespace DirectiveSearch.Core.Text;

/// <summary>
/// Removes Vietnamese diacritics and lower-cases: "Đảng ủy" → "dang uy".
/// Đ/đ carry a stroke, not a combining mark, so Unicode decomposition leaves them intact:
/// they are mapped to d explicitly.
/// </summary>
public static class DiacriticFolder
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(c switch
            {
                'Đ' or 'đ' or 'Ð' or 'ð' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
