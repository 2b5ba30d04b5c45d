using System.Globalization;

namespace DirectiveSearch.Search.Analysis;

/// <summary>
/// Recognizes a document symbol (số ký hiệu) at the start of a text, so the tokenizer can keep it
/// as one token: Party "21-KL/TW", "183-QĐ/ThU", "05-CTr/TU", "01- KL/TW" (a space after the hyphen
/// is common in the corpus); state "249/2025/NĐ-CP", "63/2025/QH15", "71/NQ-CP", "348/KH-UBND".
/// </summary>
/// <remarks>
/// Grammar (codes are ASCII letters and Đ/đ, then also digits; any case, because queries are typed
/// in lower case: "21-kl/tw"):
/// <list type="bullet">
/// <item>Party: NUMBER "-" spaces? TYPE "/" ISSUER, with TYPE letters only ("KL", "QĐi", "CTr").</item>
/// <item>State: NUMBER "/" (YEAR "/")? CODE ("-" CODE)*, and either the year or at least two codes:
///   "63/2025/QH15", "12/2024/TT-BNV", "1644/QĐ-BXD". A lone "500/ha" or a date "25/10/2021" is not one.</item>
/// </list>
/// A symbol must end where a word ends: "21-KL/TWx" is not "21-KL/TW". Hyphen look-alikes that Word
/// puts in (non-breaking hyphen U+2011, en dash) count as hyphens.
/// </remarks>
public static class DocumentSymbolScanner
{
    /// <summary>Longest symbol recognized; the tokenizer looks this far ahead (plus one char).</summary>
    public const int MaxLength = 64;

    private const int MaxNumberDigits = 6;
    private const int MaxSpacesAfterHyphen = 2;
    private const int MaxTypeLength = 6;
    private const int MaxCodeLength = 12;
    private const int MaxStateCodes = 4;

    /// <summary>
    /// Length of the symbol <paramref name="text"/> starts with, or 0. The end of <paramref name="text"/>
    /// counts as the end of the input, so pass at least <see cref="MaxLength"/> + 1 chars when there are.
    /// </summary>
    public static int Match(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
            i++;
        if (i is 0 or > MaxNumberDigits || i >= text.Length)
            return 0;

        var length = IsHyphen(text[i]) ? MatchParty(text, i + 1) : text[i] == '/' ? MatchState(text, i + 1) : 0;
        return length > 0 && length <= MaxLength && EndsWord(text, length) ? length : 0;
    }

    /// <summary>
    /// Writes the symbol as one term: spaces removed, hyphen look-alikes as "-": "01- KL/TW" → "01-KL/TW".
    /// Returns the number of chars written (at most <paramref name="symbol"/>.Length).
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> symbol, Span<char> destination)
    {
        var written = 0;
        foreach (var c in symbol)
        {
            if (char.IsWhiteSpace(c))
                continue;
            destination[written++] = IsHyphen(c) ? '-' : c;
        }

        return written;
    }

    /// <summary>Whether <paramref name="c"/> can be part of a symbol's number or codes (the parts the tokenizer also emits).</summary>
    public static bool IsCodeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is 'Đ' or 'đ';

    /// <summary>After "NUMBER-": spaces, TYPE letters, "/", ISSUER.</summary>
    private static int MatchParty(ReadOnlySpan<char> text, int i)
    {
        var spaces = 0;
        while (i < text.Length && text[i] == ' ' && spaces < MaxSpacesAfterHyphen)
        {
            i++;
            spaces++;
        }

        var typeStart = i;
        while (i < text.Length && IsCodeLetter(text[i]))
            i++;
        var typeLength = i - typeStart;
        if (typeLength is 0 or > MaxTypeLength || i >= text.Length || text[i] != '/')
            return 0;
        return MatchCode(text, i + 1);
    }

    /// <summary>After "NUMBER/": optional "YEAR/", then CODE("-"CODE)*.</summary>
    private static int MatchState(ReadOnlySpan<char> text, int i)
    {
        var hasYear = i + 4 < text.Length
            && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
            && text[i + 4] == '/';
        if (hasYear)
            i += 5;

        var end = MatchCode(text, i);
        if (end == 0)
            return 0;
        var codes = 1;
        while (codes < MaxStateCodes && end + 1 < text.Length && IsHyphen(text[end]) && IsCodeLetter(text[end + 1]))
        {
            end = MatchCode(text, end + 1);
            codes++;
        }

        return hasYear || codes >= 2 ? end : 0;
    }

    /// <summary>A code starting at <paramref name="i"/>: a letter, then letters and digits. Returns its end, or 0.</summary>
    private static int MatchCode(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || !IsCodeLetter(text[i]))
            return 0;
        var start = i;
        while (i < text.Length && IsCodeChar(text[i]))
            i++;
        return i - start <= MaxCodeLength ? i : 0;
    }

    private static bool EndsWord(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
            return true;
        var next = text[end];
        if (char.IsSurrogate(next))
            return false; // could be a letter outside the BMP; do not cut a word in two
        return !char.IsLetterOrDigit(next) && CharUnicodeInfo.GetUnicodeCategory(next)
            is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);
    }

    private static bool IsCodeLetter(char c) => char.IsAsciiLetter(c) || c is 'Đ' or 'đ';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2013';
}
