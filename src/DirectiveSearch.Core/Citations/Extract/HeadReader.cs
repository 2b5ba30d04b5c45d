namespace DirectiveSearch.Core.Citations.Extract;

/// <summary>
/// Finds the noun that names a symbol's type, just before it: "Kết luận số 21-KL/TW", "Kế hoạch 38-KH/ĐU",
/// "Chương trình hành động số 05-CTr/TU" (seed 003), "Luật Tổ chức Chính phủ số 63/2025/QH15". Words between
/// the noun and the symbol need "số" before the symbol and no other noun: a law's name may take up to
/// twelve words ("Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15"), other documents four.
/// A symbol after a capital "Số" at the start of a line is the document's own number ("Số 28-KH/ĐUK"), and so
/// is one after "Luật số:" there (a law's header, "Luật số: 128/2025/QH15").
/// A noun set apart from a symbol by other words names that symbol only if the symbol's own type code (if it
/// has one) agrees: in "... của Luật An toàn thực phẩm và Nghị số 66.13/2026/NQ-CP" (the noun typed short) the
/// law is another document, and the symbol keeps the resolution type its code gives. Right against the symbol a
/// disagreeing noun is still the symbol's ("Nghị quyết số 21-KL/TW", seed 003), for the resolver to decide.
/// </summary>
internal static class HeadReader
{
    private const int MaxLawNameWords = 12;
    private const int MaxOtherGapWords = 4;

    public static (TextSpan? NounSpan, string? Noun, bool IsHeaderNumber) Read(string text, int symbolStart, string? typeCode)
    {
        var windowStart = Math.Max(0, symbolStart - TypeNounPatterns.HeadWindow);
        if (TypeNounPatterns.HeaderNumberBefore().Match(text, windowStart, symbolStart - windowStart).Success)
            return (null, null, true);
        var match = TypeNounPatterns.HeadBeforeSymbol().Match(text, windowStart, symbolStart - windowStart);
        if (match.Success)
        {
            var noun = match.Groups["noun"];
            var gap = match.Groups["gap"].Value;
            if (gap.Length == 0 || (AcceptsGap(noun.Value, gap, match.Groups["so"].Success) && !CodeDisagrees(noun.Value, typeCode)))
                return (new TextSpan(noun.Index, noun.Index + noun.Length), noun.Value, false);
        }

        return (null, null, false);
    }

    private static bool CodeDisagrees(string noun, string? typeCode) =>
        typeCode is not null && DirectiveTypes.FromCode(typeCode) is { } codeType && DirectiveTypes.FromNoun(noun) is { } nounType && codeType != nounType;

    private static bool AcceptsGap(string noun, string gap, bool hasSo)
    {
        if (!hasSo)
            return false;
        var words = gap.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var limit = DirectiveTypes.FromNoun(noun) is "luat" or "bl" or "pl" or "hp" ? MaxLawNameWords : MaxOtherGapWords;
        return words.Length <= limit && !words.Any(w => w is "số" or "này");
    }
}
