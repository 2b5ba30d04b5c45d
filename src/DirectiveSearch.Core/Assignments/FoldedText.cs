using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Assignments;

/// <summary>
/// Text folded to lower-case ASCII letters char for char, so that an offset found in the folded text is the
/// same offset in the original: patterns are written once, without diacritics, and still point at the words
/// as the document writes them.
/// </summary>
internal static class FoldedText
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        if (DiacriticFolding.TryFoldInPlace(chars, out var length) && length == text.Length)
            return new string(chars).ToLowerInvariant();

        // A combining mark or a char outside the table: fold each char alone and keep any that does not fold to one char.
        var folded = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var one = DiacriticFolding.Fold(text[i].ToString());
            folded[i] = one.Length == 1 ? char.ToLowerInvariant(one[0]) : char.ToLowerInvariant(text[i]);
        }

        return new string(folded);
    }
}
