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
public static partial class HeaderParser
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

    // The first word of a body's own name: a line that starts with one is a body under the one above it
    // ("ĐẢNG BỘ TỈNH QUẢNG NAM" / "ĐẢNG ỦY KHỐI ..."), a line that does not is the rest of the line above
    // cut by its column ("BAN CHẤP HÀNH TRUNG" / "ƯƠNG", "BỘ VĂN HÓA, THỂ THAO" / "VÀ DU LỊCH").
    [GeneratedRegex(@"^(?:ĐẢNG|ĐOÀN|BAN|BỘ|ỦY|UỶ|UBND|HĐND|CHI BỘ|CHI ỦY|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|THỊ ỦY|THỊ UỶ|QUẬN ỦY|QUẬN UỶ|SỞ|CỤC|TỔNG CỤC|VỤ|VĂN PHÒNG|HỘI ĐỒNG|CHÍNH PHỦ|QUỐC HỘI|THỦ TƯỚNG|NGÂN HÀNG|KIỂM TOÁN|TÒA ÁN|TOÀ ÁN|VIỆN|TRƯỜNG(?=\s+\p{L})|CÔNG AN|BỘ CHỈ HUY|PHÒNG|TRUNG TÂM|MẶT TRẬN|HỘI|LIÊN ĐOÀN|TẬP ĐOÀN|TỔNG CÔNG TY|CÔNG TY|CHỦ TỊCH|BẢO HIỂM|ĐÀI|THÔNG TẤN|HỌC VIỆN|ĐẠI HỌC|BỆNH VIỆN|KHO BẠC|THANH TRA)(?![\p{L}\p{M}])", RegexOptions.CultureInvariant)]
    private static partial Regex BodyStart();

    // A body that speaks for the committee above it: "TỈNH ỦY NAM ĐỊNH" / "BAN TUYÊN GIÁO" is the Ban Tuyên
    // giáo of that Tỉnh ủy, so the issuer names both.
    [GeneratedRegex(@"^(?:BAN|VĂN PHÒNG|ỦY BAN KIỂM TRA|UỶ BAN KIỂM TRA)(?![\p{L}\p{M}])", RegexOptions.CultureInvariant)]
    private static partial Regex SubordinateBody();

    // "ỦY" after a place word ("TỈNH ỦY", "ĐẢNG ỦY"), not the "ỦY" of "ỦY BAN KIỂM TRA", which is a board.
    [GeneratedRegex(@"(?<=\s)(?:ỦY|UỶ)(?![\p{L}\p{M}])|^ĐẢNG BỘ|^CHI BỘ|^BAN CHẤP HÀNH", RegexOptions.CultureInvariant)]
    private static partial Regex PartyCommittee();

    [GeneratedRegex(@"^BAN CHẤP HÀNH TRUNG ƯƠNG(?: ĐẢNG)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CentralCommittee();

    [GeneratedRegex(@"^VĂN PHÒNG$", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeOnly();

    /// <summary>How many wrapped pieces of one cell may be joined to find its place and date.</summary>
    private const int MaxDatePieces = 4;

    public static HeaderInfo Parse(IReadOnlyList<Paragraph> paragraphs, int end)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        end = Math.Min(end, paragraphs.Count);
        if (end <= 0)
            return HeaderInfo.Empty;

        var lines = HeaderLayout.Rebuild(paragraphs, end);
        string? symbol = null;
        string? subject = null;
        var markerIndex = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind == HeaderLineKind.Number && symbol is null && SymbolLineParser.TryParse(line.Text, out var lineSymbol, out _))
                symbol = lineSymbol;
            // The star under a Party body's name is no marker here: "BAN CHẤP HÀNH TRUNG ƯƠNG" / "*" / "VĂN PHÒNG"
            // names the office under the star.
            if (markerIndex < 0 && (line.Kind is HeaderLineKind.Number or HeaderLineKind.Motto or HeaderLineKind.Slogan || Motto.IsMatch(line.Text)))
                markerIndex = i;
            if (subject is null && Subject.Match(line.Text) is { Success: true } subjectMatch)
                subject = SubjectText(lines, i, subjectMatch.Groups["subject"].Value.Trim());
        }

        var (place, date) = FindPlaceDate(lines);

        // Without a marker there is nothing to anchor the issuer to: capital lines above a type line
        // may just as well be a web page's menu (vbpl pages without a document) as a committee.
        var (issuer, issuerLines) = markerIndex >= 0 ? FindIssuer(lines, markerIndex) : (null, []);
        return new HeaderInfo(symbol, issuer, place, date, subject) { IssuerLines = issuerLines };
    }

    // "V/v tăng cường công tác" / "phòng chống dịch": a subject cut by its column goes on in lower case.
    private static string SubjectText(IReadOnlyList<HeaderLine> lines, int index, string first)
    {
        var text = first;
        for (var i = index + 1; i < lines.Count; i++)
        {
            var next = lines[i].Text;
            if (lines[i].Kind != HeaderLineKind.Other || next.Length == 0 || !char.IsLower(next[0]) || PlaceDateParser.TryParse(next, out _, out _))
                break;
            text = $"{text} {next}";
        }

        return text;
    }

    /// <summary>
    /// The place and date, read from the pieces of the right column however they were cut: "Nghệ An, ngày 26"
    /// / "tháng 11 năm 2025", "Thành phố Hồ" / "Chí Minh, ngày 18 ...". A piece may also follow the number
    /// or the slogan on their line, when a table row was read as one paragraph.
    /// </summary>
    private static (string? Place, DateOnly? Date) FindPlaceDate(IReadOnlyList<HeaderLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var first = StartPiece(lines[i]);
            if (first is null)
                continue;
            var joined = first;
            for (var j = i; ; )
            {
                if (PlaceDateParser.TryParse(joined, out var place, out var date))
                    return (place, date);
                j++;
                if (j >= lines.Count || j - i >= MaxDatePieces || lines[j].Kind != HeaderLineKind.Other)
                    break;
                joined = $"{joined} {lines[j].Text}";
            }
        }

        return (null, null);
    }

    private static string? StartPiece(HeaderLine line)
    {
        switch (line.Kind)
        {
            case HeaderLineKind.Other:
                return line.Text;
            case HeaderLineKind.Number:
                return SymbolLineParser.TryParse(line.Text, out _, out var afterSymbol) && afterSymbol.Length > 0 ? afterSymbol : null;
            case HeaderLineKind.Capitals:
                // "Độc lập - Tự do - Hạnh phúc Hà Nội, ngày ...": the right column read as one paragraph.
                var motto = AfterMotto.Match(line.Text);
                return motto.Success && motto.Groups["rest"].Value.Length > 0 ? motto.Groups["rest"].Value : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The issuing body is the last body named in the left column above the number line: in
    /// "ĐẢNG BỘ TỈNH QUẢNG NAM" / "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" / "*" the issuer is the committee, not the
    /// Party organisation above it. Lines of one name cut by the column are joined first, wherever the
    /// motto's lines fell between them ("BAN CHẤP HÀNH TRUNG" / "ĐẢNG CỘNG SẢN VIỆT NAM" / "ƯƠNG"); a
    /// committee's board or office ("TỈNH ỦY NAM ĐỊNH" / "BAN TUYÊN GIÁO") is named with its committee.
    /// </summary>
    private static (string? Issuer, IReadOnlyList<string> Lines) FindIssuer(IReadOnlyList<HeaderLine> lines, int markerIndex)
    {
        // "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": a header row read as one paragraph.
        var marker = lines[markerIndex].Text;
        var motto = Motto.Match(marker);
        if (motto.Success && motto.Index > 0)
        {
            var prefix = CapitalLine.StripDecorations(marker[..motto.Index]);
            if (CapitalLine.IsCapitals(prefix))
                return (prefix, [prefix]);
        }

        var column = LeftColumn(lines, markerIndex);
        if (column.Count == 0)
            return (null, []);

        var bodies = new List<string>();
        foreach (var line in column)
        {
            var joins = bodies.Count > 0
                && (PlaceContinuation.IsMatch(line) || UnfinishedName.IsMatch(bodies[^1]) || !BodyStart().IsMatch(line));
            if (joins)
                bodies[^1] = $"{bodies[^1]} {line}";
            else
                bodies.Add(line);
        }

        var issuer = bodies[^1];
        if (bodies.Count > 1 && SubordinateBody().IsMatch(issuer) && PartyCommittee().IsMatch(bodies[^2]) && !PartyCommittee().IsMatch(issuer))
            issuer = CentralCommittee().IsMatch(bodies[^2]) ? CentralBody(issuer) : $"{issuer} {bodies[^2]}";
        return (issuer, column);
    }

    // The Central Committee's boards are named "... Trung ương" and its office "Văn phòng Trung ương Đảng"
    // (Điều lệ Đảng; 06-HD/UBKTTW: "Ủy ban Kiểm tra Trung ương hướng dẫn", 21-HD/VPTW: "Văn phòng Trung ương
    // Đảng hướng dẫn"), not "... Ban Chấp hành Trung ương".
    private static string CentralBody(string body) =>
        OfficeOnly().IsMatch(body) ? "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG" : $"{body} TRUNG ƯƠNG";

    // The capital lines of the left column: those right above the first marker, and those that come
    // between the motto's lines and the number line when a PDF put the two columns' lines in turn.
    private static List<string> LeftColumn(IReadOnlyList<HeaderLine> lines, int markerIndex)
    {
        var column = new List<string>();
        for (var i = markerIndex - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.Kind == HeaderLineKind.Rule)
                continue;
            if (line.Kind != HeaderLineKind.Capitals || line.Text.Length > 120)
                break;
            column.Insert(0, line.Text);
        }

        // After the marker, up to the first line that is neither motto, slogan, rule nor capitals: the
        // pieces of a body's name a reading order put after the motto. A star ends the body's cell.
        for (var i = markerIndex; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind is HeaderLineKind.Motto or HeaderLineKind.Slogan)
                continue;
            if (line.Kind == HeaderLineKind.Rule)
            {
                if (line.Text == "*")
                    break;
                continue;
            }

            if (line.Kind != HeaderLineKind.Capitals || i == markerIndex || Motto.IsMatch(line.Text) || column.Count == 0 || line.Text.Length > 120)
                break;
            column.Add(line.Text);
        }

        return column;
    }
}
