using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Decides whether a paragraph is a numbered heading, and of which scheme. Real numbering is loose, so
/// each rule also says what is NOT a heading: "2022." and dates (no item has more than two digits or a
/// '/'), "1.000 người" and "1.5 triệu" (a digit or a lower-case word after the number), "1-2 ngày"
/// (a digit after the dash), "21-KL/TW" (a symbol), "Điều 5 của Luật này ..." (a lower-case word after an article number
/// without a period), "MỤC ĐÍCH" (no number after "Mục"), and bullets "-", "+" which are never sections.
/// Only "a)" marks a point: "a." starts too many ordinary sentences.
/// </summary>
public static class HeadingClassifier
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    private static readonly Regex Part = new(
        @"^(?:Phần|PHẦN)\s+(?<n>(?:thứ|THỨ)\s+(?:(?:mười|MƯỜI)\s+)?[\p{L}\p{M}]+|[IVXL]{1,6}|\d{1,2})(?![\p{L}\p{M}\d])\s*[.:\-–]?\s*(?<rest>.*)$", Options);

    private static readonly Regex Chapter = new(
        @"^(?:Chương|CHƯƠNG)\s+(?<n>[IVXL]{1,6}|\d{1,3})(?![\p{L}\p{M}\d])\s*[.:\-–]?\s*(?<rest>.*)$", Options);

    private static readonly Regex Division = new(
        @"^(?:Mục|MỤC)\s+(?<n>\d{1,2}|[IVXL]{1,6})(?![\p{L}\p{M}\d])\s*[.:\-–]?\s*(?<rest>.*)$", Options);

    private static readonly Regex Article = new(
        @"^(?:Điều|ĐIỀU)\s+(?<n>\d{1,4}[a-zđ]?)(?![\p{L}\p{M}\d])\s*(?<sep>[.:\-–])?\s*(?<rest>.*)$", Options);

    private static readonly Regex Letter = new(
        @"^(?<n>[A-HJ-UWYĐ])\s*[.\-–)]\s+(?<rest>\p{Lu}.*)$", Options);

    private static readonly Regex Roman = new(
        @"^(?<n>[IVX]{1,6})\s*[.\-–)](?![IVX]\.)(?<space>\s*)(?<rest>.*)$", Options);

    private static readonly Regex SubItem = new(
        @"^(?<n>\d{1,2}(?:\.\d{1,2}){1,3})(?<dot>[.)])?(?<space>\s*)(?<rest>.*)$", Options);

    private static readonly Regex Item = new(
        @"^(?<n>\d{1,2})\s*(?:[.)]|[-–](?!\s*\d))(?<space>\s*)(?<rest>.*)$", Options);

    private static readonly Regex SymbolTail = new(@"^\p{L}{1,6}\s?/", Options);

    private static readonly Regex Point = new(
        @"^(?<n>[a-zđ])\s*\)\s*(?<rest>.*)$", Options);

    private static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal)
    {
        "nhất", "một", "hai", "ba", "tư", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
    };

    private static readonly string[] RomanNumerals = BuildRomanNumerals(39);

    public static Heading? Classify(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (paragraph.Length == 0)
            return null;

        var first = paragraph[0];
        if (char.IsDigit(first))
            return ClassifyNumber(paragraph);
        return first switch
        {
            'P' => ClassifyPart(paragraph) ?? ClassifyLetter(paragraph),
            'C' => ClassifyNamed(Chapter, paragraph, HeadingKind.Chapter, "Chương") ?? ClassifyLetter(paragraph),
            'M' => ClassifyNamed(Division, paragraph, HeadingKind.Division, "Mục") ?? ClassifyLetter(paragraph),
            'Đ' => ClassifyArticle(paragraph) ?? ClassifyLetter(paragraph),
            'I' or 'V' or 'X' => ClassifyRoman(paragraph),
            >= 'a' and <= 'z' or 'đ' => ClassifyPoint(paragraph),
            >= 'A' and <= 'Z' => ClassifyLetter(paragraph),
            _ => null,
        };
    }

    private static Heading? ClassifyNumber(string paragraph)
    {
        var sub = SubItem.Match(paragraph);
        if (sub.Success)
        {
            var number = sub.Groups["n"].Value;
            var rest = sub.Groups["rest"].Value;
            var hasDot = sub.Groups["dot"].Length > 0;
            var hasSpace = sub.Groups["space"].Length > 0;
            // "1.5 triệu", "4.0 ...": without a closing dot the text must start with a capital.
            var acceptable = rest.Length > 0 && StartsLikeText(rest)
                && (hasDot ? hasSpace || char.IsUpper(rest[0]) : hasSpace && !char.IsLower(rest[0]))
                && !number.Split('.').Any(part => part.TrimStart('0').Length == 0);
            return acceptable ? new Heading(HeadingKind.SubItem, number, HeadingText.Shorten(rest), false, rest) : null;
        }

        // A number alone ("1.") is a table cell in a form far more often than a heading.
        var item = Item.Match(paragraph);
        if (!item.Success || item.Groups["n"].Value.TrimStart('0').Length == 0)
            return null;
        var itemRest = item.Groups["rest"].Value;
        if (itemRest.Length == 0 || !StartsLikeText(itemRest) || item.Groups["space"].Length == 0 && !char.IsUpper(itemRest[0]) && !IsQuote(itemRest[0]))
            return null;
        // "21-KL/TW, ngày 25/10/2021 ..." at the start of a wrapped line is a symbol, not item 21.
        if (SymbolTail.IsMatch(itemRest))
            return null;
        return new Heading(HeadingKind.Item, item.Groups["n"].Value.TrimStart('0'), HeadingText.Shorten(itemRest), false, itemRest);
    }

    private static Heading? ClassifyPart(string paragraph)
    {
        var match = Part.Match(paragraph);
        if (!match.Success || !RestMayFollowMarker(match.Groups["rest"].Value))
            return null;

        var number = match.Groups["n"].Value;
        string label;
        if (char.IsDigit(number[0]) || IsRoman(number))
        {
            label = number;
        }
        else
        {
            // "Phần thứ nhất" / "PHẦN THỨ NHẤT": the ordinal is a word, written in lower case in the path.
            var words = number.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !Ordinals.Contains(words[^1]))
                return null;
            label = string.Join(' ', words);
        }

        var rest = match.Groups["rest"].Value;
        return new Heading(HeadingKind.Part, $"Phần {label}", HeadingText.Shorten(rest), rest.Length == 0, rest);
    }

    private static Heading? ClassifyNamed(Regex regex, string paragraph, HeadingKind kind, string word)
    {
        var match = regex.Match(paragraph);
        if (!match.Success)
            return null;
        var number = match.Groups["n"].Value;
        var rest = match.Groups["rest"].Value;
        if (!char.IsDigit(number[0]) && !IsRoman(number) || !RestMayFollowMarker(rest))
            return null;
        return new Heading(kind, $"{word} {number}", HeadingText.Shorten(rest), rest.Length == 0, rest);
    }

    private static Heading? ClassifyArticle(string paragraph)
    {
        var match = Article.Match(paragraph);
        if (!match.Success)
            return null;
        var rest = match.Groups["rest"].Value;
        // "Điều 5 của Luật này được sửa đổi ..." is a sentence about an article, not an article.
        if (match.Groups["sep"].Length == 0 && rest.Length > 0 && !char.IsUpper(rest[0]))
            return null;
        return new Heading(HeadingKind.Article, $"Điều {match.Groups["n"].Value}", HeadingText.Shorten(rest), false, rest);
    }

    private static Heading? ClassifyLetter(string paragraph)
    {
        var match = Letter.Match(paragraph);
        var rest = match.Groups["rest"].Value;
        if (!match.Success || !CapitalLine.IsCapitals(rest))
            return null;
        return new Heading(HeadingKind.Letter, match.Groups["n"].Value, HeadingText.Shorten(rest), false, rest);
    }

    private static Heading? ClassifyRoman(string paragraph)
    {
        var match = Roman.Match(paragraph);
        if (!match.Success || !IsRoman(match.Groups["n"].Value))
            return null;
        var rest = match.Groups["rest"].Value;
        if (rest.Length > 0 && (!StartsLikeText(rest) || match.Groups["space"].Length == 0 && !char.IsUpper(rest[0])))
            return null;
        return new Heading(HeadingKind.Roman, match.Groups["n"].Value, HeadingText.Shorten(rest), rest.Length == 0, rest);
    }

    private static Heading? ClassifyPoint(string paragraph)
    {
        var match = Point.Match(paragraph);
        var rest = match.Groups["rest"].Value;
        return match.Success && rest.Length > 0
            ? new Heading(HeadingKind.Point, match.Groups["n"].Value, HeadingText.Shorten(rest), false, rest)
            : null;
    }

    // After "Chương II", "Mục 1", "Phần I": nothing, or a title starting with a capital or a quote.
    // "Chương I được sửa đổi ..." is a sentence.
    private static bool RestMayFollowMarker(string rest) =>
        rest.Length == 0 || char.IsUpper(rest[0]) || IsQuote(rest[0]);

    private static bool StartsLikeText(string rest) => char.IsLetter(rest[0]) || IsQuote(rest[0]) || rest[0] == '(';

    private static bool IsQuote(char c) => c is '"' or '“' or '\'' or '‘' or '«';

    private static bool IsRoman(string text) => Array.IndexOf(RomanNumerals, text) >= 0;

    private static string[] BuildRomanNumerals(int count)
    {
        string[] tens = ["", "X", "XX", "XXX"];
        string[] ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
        var numerals = new string[count];
        for (var n = 1; n <= count; n++)
            numerals[n - 1] = tens[n / 10] + ones[n % 10];
        return numerals;
    }
}
