using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Structure;

/// <summary>What one logical line of a header is.</summary>
public enum HeaderLineKind
{
    /// <summary>A rule or a star under a body's name: "-------", "*".</summary>
    Rule,

    /// <summary>"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" or "ĐẢNG CỘNG SẢN VIỆT NAM", however it wrapped.</summary>
    Motto,

    /// <summary>"Độc lập - Tự do - Hạnh phúc", however it wrapped.</summary>
    Slogan,

    /// <summary>A number line: "Số: 249/2025/NĐ-CP".</summary>
    Number,

    /// <summary>A line in capitals: the issuing body or its parent.</summary>
    Capitals,

    /// <summary>Anything else: a place and date, a letter's "V/v ..." subject, their wrapped pieces.</summary>
    Other,
}

/// <summary>One logical line of a header: the physical lines it was rebuilt from, joined.</summary>
public sealed record HeaderLine(HeaderLineKind Kind, string Text, int First, int Last);

/// <summary>
/// Rebuilds the lines of a header block, whatever the format cut them into. A Word table gives one
/// paragraph per cell line; text taken out of a PDF, OCR or an e-mail cuts a cell wherever its column
/// ended ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM", "BAN CHẤP HÀNH TRUNG" / "ƯƠNG") and may put the two
/// columns' lines one after the other. Here the motto and the slogan are recognised as whole however they
/// wrapped, so that none of their pieces can pass for a body's name, and every other line is classified;
/// the parsers of the issuer and of the place and date then join the pieces of their own column.
/// </summary>
public static partial class HeaderLayout
{
    private static readonly string[] Mottos =
    [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
    ];

    private const string SloganText = "ĐỘC LẬP - TỰ DO - HẠNH PHÚC";

    /// <summary>How many physical lines one motto or slogan may be cut into.</summary>
    private const int MaxPieces = 4;

    // A number line left blank for the number to be written in: "Số: /2025/TT-BNNMT", "Số:    /QĐ-UBND".
    [GeneratedRegex(@"^(?:Số|SỐ)\s*:?\s*[.…]*\s*/", RegexOptions.CultureInvariant)]
    private static partial Regex BlankNumber();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\s*[-–—]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Dashes();

    public static IReadOnlyList<HeaderLine> Rebuild(IReadOnlyList<Paragraph> paragraphs, int end)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        end = Math.Min(end, paragraphs.Count);
        var lines = new List<HeaderLine>();
        var i = 0;
        while (i < end)
        {
            var text = Clean(paragraphs[i].Text);
            if (text.Length == 0 || CapitalLine.IsDecoration(text))
            {
                // A rule keeps its characters: "*" under a Party body's name is told from a line of dashes.
                lines.Add(new HeaderLine(HeaderLineKind.Rule, paragraphs[i].Text.Trim(), i, i));
                i++;
                continue;
            }

            if (TryWhole(paragraphs, i, end, out var kind, out var last))
            {
                lines.Add(new HeaderLine(kind, string.Join(' ', Range(paragraphs, i, last)), i, last));
                i = last + 1;
                continue;
            }

            var lineKind = SymbolLineParser.TryParse(text, out _, out _) || BlankNumber().IsMatch(text) ? HeaderLineKind.Number
                : CapitalLine.IsCapitals(text) && text.Length <= 120 ? HeaderLineKind.Capitals
                : HeaderLineKind.Other;
            lines.Add(new HeaderLine(lineKind, text, i, i));
            i++;
        }

        return lines;
    }

    /// <summary>The line without the cell separators and rules a flattened table leaves around it.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CapitalLine.StripDecorations(text.Replace('\u00A0', ' '));
    }

    /// <summary>True when <paramref name="text"/> is exactly the motto, the Party's name or the slogan, however spaced.</summary>
    public static bool IsMottoOrSlogan(string text) => Classify(Fold(text)) is not null;

    // Starting at line i, the fewest lines (skipping none) whose joined text is a whole motto or slogan.
    private static bool TryWhole(IReadOnlyList<Paragraph> paragraphs, int i, int end, out HeaderLineKind kind, out int last)
    {
        kind = HeaderLineKind.Other;
        last = i;
        var joined = string.Empty;
        for (var j = i; j < end && j < i + MaxPieces; j++)
        {
            var piece = Clean(paragraphs[j].Text);
            if (piece.Length == 0)
                return false;
            joined = joined.Length == 0 ? Fold(piece) : $"{joined} {Fold(piece)}";
            if (Classify(joined) is { } found)
            {
                kind = found;
                last = j;
                return true;
            }

            if (!IsPrefixOfAny(joined))
                return false;
        }

        return false;
    }

    private static HeaderLineKind? Classify(string folded)
    {
        if (folded == SloganText)
            return HeaderLineKind.Slogan;
        return Mottos.Contains(folded) ? HeaderLineKind.Motto : null;
    }

    private static bool IsPrefixOfAny(string folded) =>
        SloganText.StartsWith(folded, StringComparison.Ordinal) || Mottos.Any(m => m.StartsWith(folded, StringComparison.Ordinal));

    // Upper case, one space, one kind of dash, the old and new tone placement of "hòa" alike.
    private static string Fold(string text)
    {
        var upper = text.Trim().ToUpperInvariant().Replace("HOÀ", "HÒA", StringComparison.Ordinal);
        upper = Dashes().Replace(upper, " - ");
        return Spaces().Replace(upper, " ").Trim();
    }

    private static IEnumerable<string> Range(IReadOnlyList<Paragraph> paragraphs, int first, int last)
    {
        for (var i = first; i <= last; i++)
            yield return Clean(paragraphs[i].Text);
    }
}
