using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Reads the header block above the type line. A Party header is a 2x2 table read row by row:
/// "ĐẢNG BỘ TỈNH QUẢNG NAM" / "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" / "*" / "ĐẢNG CỘNG SẢN VIỆT NAM" /
/// "Số 28-KH/ĐUK" / "Kỳ Lợi, ngày 15 tháng 8 năm 2022"; a state header puts the national motto
/// where the Party one has "ĐẢNG CỘNG SẢN VIỆT NAM". Cells may also arrive merged into one paragraph
/// ("Số 28-KH/ĐUK Kỳ Lợi, ngày ..."). Only the paragraphs before <c>end</c> are read, so numbers and
/// dates in the body (seed 001 prints a sample header "Kỳ Lợi, ngày .... năm 2022" inside item 5) are
/// never taken.
/// </summary>
public static class HeaderParser
{
    private static readonly Regex Motto = new(
        @"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // A line that continues the previous one as the place of the body: "ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NAM".
    // "TỈNH ỦY", "HUYỆN ỦY" are bodies in their own right.
    private static readonly Regex PlaceContinuation = new(
        @"^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+(?!ỦY|UỶ|UỸ)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // A line that cannot end a body's name, so the next line completes it: "ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI",
    // "BỘ NÔNG NGHIỆP VÀ" / "PHÁT TRIỂN NÔNG THÔN". Party headers stack two names instead ("ĐẢNG BỘ TỈNH
    // QUẢNG NAM" / "ĐẢNG ỦY KHỐI ..."), and there the lower line alone is the issuer.
    private static readonly Regex UnfinishedName = new(
        @"(?:\sVÀ|,|-|NHÂN DÂN|THƯỜNG VỤ)$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Subject = new(
        @"^(?:V/v|V/V|v/v|Về việc)\s*:?\s*(?<subject>\S.*)$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex AfterMotto = new(
        @"Hạnh phúc[\s\-–—_*=.]*(?<rest>.*)$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static HeaderInfo Parse(IReadOnlyList<Paragraph> paragraphs, int end)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        end = Math.Min(end, paragraphs.Count);
        if (end <= 0)
            return HeaderInfo.Empty;

        string? symbol = null;
        string? place = null;
        DateOnly? date = null;
        string? subject = null;
        var markerIndex = -1;

        for (var i = 0; i < end; i++)
        {
            var text = paragraphs[i].Text;
            var isSymbolLine = SymbolLineParser.TryParse(text, out var lineSymbol, out var afterSymbol);
            if (isSymbolLine && symbol is null)
                symbol = lineSymbol;

            if (markerIndex < 0 && (isSymbolLine || Motto.IsMatch(text) || text.Trim() == "*"))
                markerIndex = i;

            if (date is null && TryPlaceDate(text, isSymbolLine ? afterSymbol : null, out var linePlace, out var lineDate))
            {
                place = linePlace;
                date = lineDate;
            }

            if (subject is null && Subject.Match(text) is { Success: true } subjectMatch)
                subject = subjectMatch.Groups["subject"].Value.Trim();
        }

        // Without a marker there is nothing to anchor the issuer to: capital lines above a type line
        // may just as well be a web page's menu (vbpl pages without a document) as a committee.
        var issuer = markerIndex >= 0 ? FindIssuer(paragraphs, markerIndex) : null;
        return new HeaderInfo(symbol, issuer, place, date, subject);
    }

    private static bool TryPlaceDate(string text, string? afterSymbol, out string place, out DateOnly date)
    {
        if (PlaceDateParser.TryParse(text, out place, out date))
            return true;
        if (afterSymbol is { Length: > 0 } && PlaceDateParser.TryParse(afterSymbol, out place, out date))
            return true;
        // "Độc lập - Tự do - Hạnh phúc Hà Nội, ngày ..." when the right column was read as one paragraph.
        var motto = AfterMotto.Match(text);
        return motto.Success && PlaceDateParser.TryParse(motto.Groups["rest"].Value, out place, out date);
    }

    /// <summary>
    /// The issuing body is the capital line nearest above the first marker (the "*" under the Party
    /// committee, the motto, or the number line): in "ĐẢNG BỘ TỈNH QUẢNG NAM" / "ĐẢNG ỦY KHỐI CÁC CƠ QUAN
    /// TỈNH" / "*" the issuer is the committee, not the Party organisation above it. The line above is
    /// joined only when the nearest line completes it (a place, or a name broken after "VÀ").
    /// </summary>
    private static string? FindIssuer(IReadOnlyList<Paragraph> paragraphs, int markerIndex)
    {
        // "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": a header row read as one paragraph.
        var marker = paragraphs[markerIndex].Text;
        var motto = Motto.Match(marker);
        if (motto.Success && motto.Index > 0)
        {
            var prefix = CapitalLine.StripDecorations(marker[..motto.Index]);
            if (CapitalLine.IsCapitals(prefix))
                return prefix;
        }

        var nearest = PreviousCapitalLine(paragraphs, markerIndex - 1, out var nearestIndex);
        if (nearest is null)
            return null;
        var above = PreviousCapitalLine(paragraphs, nearestIndex - 1, out _);
        if (above is not null && (PlaceContinuation.IsMatch(nearest) || UnfinishedName.IsMatch(above)))
            return $"{above} {nearest}";

        return nearest;
    }

    private static string? PreviousCapitalLine(IReadOnlyList<Paragraph> paragraphs, int from, out int index)
    {
        for (index = from; index >= 0; index--)
        {
            var text = paragraphs[index].Text;
            if (CapitalLine.IsDecoration(text))
                continue;
            var stripped = CapitalLine.StripDecorations(text);
            return CapitalLine.IsCapitals(stripped) && stripped.Length <= 120 && !Motto.IsMatch(stripped) ? stripped : null;
        }

        return null;
    }
}
