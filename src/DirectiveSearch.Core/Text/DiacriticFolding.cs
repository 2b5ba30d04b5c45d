using System.Globalization;
using System.Text;

namespace DirectiveSearch.Core.Text;

/// <summary>
/// Removes diacritics and turns đ into d, keeping case: "Đảng" → "Dang", "Thủy" → "Thuy" (decompose, drop
/// non-spacing marks, map Đ/đ and the look-alike Ð/ð to d, recompose). <see cref="DiacriticFolder"/> adds
/// lower-casing; the search analyzer keeps lower-casing a filter of its own and folds terms in place here.
/// </summary>
/// <remarks>
/// Đ (U+0110) has a stroke, not a combining mark: Unicode decomposition leaves it alone, so it must
/// be mapped explicitly, or "Đảng" would fold to "Đang" and miss the query "dang". Lucene's
/// ASCIIFoldingFilter does map it, but it also rewrites much else ("ß" → "ss", "æ" → "ae", "²" → "2")
/// that the query side, folded with DiacriticFolder, would not match; hence this folding.
/// Vietnamese and Latin text takes a table lookup per char, in place; other scripts take the general
/// path through string normalization.
/// </remarks>
public static class DiacriticFolding
{
    private const int TableSize = 0x1F00; // through Latin Extended Additional, where the Vietnamese letters are
    private const char Dropped = '\uFFFF'; // a combining mark, removed
    private const char General = '\uFFFE'; // no one-char folding: take the general path

    private static readonly char[] Table = BuildTable();

    /// <summary>
    /// Folds NFC <paramref name="text"/> in place when every char has a one-char folding (always the
    /// case for Vietnamese). Returns false, leaving the text unchanged, when it needs <see cref="Fold(string)"/>.
    /// </summary>
    /// <param name="length">The folded length (combining marks left in the text are removed).</param>
    public static bool TryFoldInPlace(Span<char> text, out int length)
    {
        foreach (var c in text)
        {
            if (c >= TableSize || Table[c] == General)
            {
                length = text.Length;
                return false;
            }
        }

        var written = 0;
        foreach (var c in text)
        {
            var folded = Table[c];
            if (folded != Dropped)
                text[written++] = folded;
        }

        length = written;
        return true;
    }

    /// <summary>Folds any text: decomposes it, drops non-spacing marks, maps Đ/đ to D/d, recomposes.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                // .NET will not normalize ill-formed UTF-16: fold around the unpaired surrogate, which stays.
                AppendFolded(builder, text[start..i]);
                builder.Append(text[i]);
                start = i + 1;
            }
        }

        AppendFolded(builder, text[start..]);
        return builder.ToString();
    }

    private static void AppendFolded(StringBuilder builder, string segment)
    {
        var decomposed = segment.Normalize(NormalizationForm.FormD);
        var stripped = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                stripped.Append(StrokeD(c));
        }

        builder.Append(stripped.ToString().Normalize(NormalizationForm.FormC));
    }

    private static char StrokeD(char c) => c switch
    {
        'Đ' or 'Ð' => 'D',
        'đ' or 'ð' => 'd',
        _ => c,
    };

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            var ch = (char)c;
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                table[c] = Dropped;
                continue;
            }

            var stripped = new StringBuilder(2);
            foreach (var d in ch.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                    stripped.Append(StrokeD(d));
            }

            table[c] = stripped.Length == 1 ? stripped[0] : General;
        }

        return table;
    }
}
