using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Reads the recipient list after "Nơi nhận:": one recipient per dash line, without the dash and the
/// trailing punctuation ("- ĐUK;" → "ĐUK", "- Lưu VP./." → "Lưu VP", "Lưu: ĐU." → "Lưu: ĐU"),
/// annotations kept ("- Ban Tổ chức Tỉnh ủy (b/c)"). A comma left before an annotation by a table
/// column is dropped: seed 002 "- Thường trực Tỉnh ủy, | (để b/c)" → "Thường trực Tỉnh ủy (để b/c)".
/// Signature lines between recipients (two table cells read line by line) are skipped.
/// </summary>
public static class RecipientListParser
{
    private static readonly Regex LeadingBullet = new(@"^[-–+•]\s*", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "Nơi nhận: - ĐUK; - BCH;" printed on one line.
    private static readonly Regex InlineBullet = new(
        @"(?:^|(?<=[;,.]))\s*[-–+•]\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex CommaBeforeAnnotation = new(@"\s*,\s*(?=\()", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Spaces = new(@"\s{2,}", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly char[] TrailingPunctuation = [',', ';', '.', ':', '/', ' '];

    public static IReadOnlyList<string> Parse(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var raw = new List<string>();
        var inRecipients = false;
        var lastWasRecipient = false;
        foreach (var paragraph in paragraphs)
        {
            var kind = EndBlockLine.Classify(paragraph);
            if (kind == EndBlockLineKind.RecipientsHeader)
            {
                if (inRecipients)
                    break;
                inRecipients = true;
                var inline = EndBlockLine.AfterRecipientsHeader(paragraph);
                foreach (var item in InlineBullet.Split(inline))
                {
                    if (item.Trim().Length > 0)
                        raw.Add(item);
                }

                lastWasRecipient = inline.Length > 0;
                continue;
            }

            if (!inRecipients)
                continue;

            // Signature lines may sit between two pieces of one recipient (two columns read in turn), so a piece
            // continues the last recipient, not the line just before it.
            if (raw.Count > 0 && (ContinuesRecipient(raw[^1], paragraph) || lastWasRecipient && ClosesLikeRecipient(paragraph, kind)))
            {
                raw[^1] = $"{raw[^1]} {paragraph}";
                lastWasRecipient = true;
            }
            else if (kind is EndBlockLineKind.Bullet or EndBlockLineKind.Archive)
            {
                raw.Add(paragraph);
                lastWasRecipient = true;
            }
            else
            {
                lastWasRecipient = false;
            }
        }

        return JoinUnfinished(raw).Select(Clean).Where(r => r.Length > 0).ToList();
    }

    /// <summary>
    /// Items whose end does not close as the list's others do, joined with the next: when most items end with
    /// ";", one that ends with "," or ":" or nothing was cut by its column ("- Bộ Công Thương: Lãnh đạo Bộ, các
    /// Vụ," / "Cục thuộc Bộ;", "- Cục Kiểm tra văn bản và Quản lý XLVPHC" / "- Bộ Tư pháp;").
    /// </summary>
    private static List<string> JoinUnfinished(List<string> raw)
    {
        if (raw.Count < 3)
            return raw;
        var closing = raw.Take(raw.Count - 1).Select(r => r.TrimEnd()).Where(r => r.Length > 0).GroupBy(r => r[^1]).MaxBy(g => g.Count());
        if (closing is null || closing.Key != ';' || closing.Count() * 4 < (raw.Count - 1) * 3)
            return raw;
        var joined = new List<string>(raw.Count);
        foreach (var item in raw)
        {
            var trimmed = joined.Count > 0 ? joined[^1].TrimEnd() : string.Empty;
            if (trimmed.Length > 0 && trimmed[^1] is not (';' or '.' or ':') && EndBlockLine.Classify(item) != EndBlockLineKind.Archive)
                joined[^1] = $"{trimmed} {item.Trim()}";
            else
                joined.Add(item);
        }

        return joined;
    }

    /// <summary>
    /// True for the next line of a recipient broken by its column: it starts with a lower-case word or an
    /// annotation ("- Thường trực Tỉnh ủy" / "(b/c);"), or the line before ended without the ";", "," or "."
    /// that closes an item ("- Văn phòng Trung ương và các Ban của" / "Đảng;", "-" / "Như Điều 6;").
    /// </summary>
    public static bool ContinuesRecipient(string previous, string paragraph)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(paragraph);
        if (paragraph.Length == 0)
            return false;
        var kind = EndBlockLine.Classify(paragraph);
        if (kind is EndBlockLineKind.RecipientsHeader or EndBlockLineKind.Bullet or EndBlockLineKind.Archive
            or EndBlockLineKind.Authority or EndBlockLineKind.SignedMarker)
            return false;
        // "(BTP);" and "QPPL;" are capitals, but no signature line.
        if (char.IsLower(paragraph[0]) || paragraph[0] == '(')
            return true;
        if (kind == EndBlockLineKind.Name || kind == EndBlockLineKind.Capitals && SignaturePositions.IsPosition(CapitalLine.StripDecorations(paragraph)))
            return false;
        var last = previous.TrimEnd();
        return last.Length > 0 && !ItemEnd.Contains(last[^1]);
    }

    // A colon opens sub-items, so an item that ends with one is not closed: "- Tổ chức PY trực thuộc Bộ Y tế:" / "Viện PYQG, ...".
    /// <summary>
    /// True for a line right after a recipient that closes as a recipient does, ";" or ",", though the line before
    /// it closed too: "- Bộ Công Thương: Lãnh đạo Bộ, các Vụ," / "Cục thuộc Bộ;".
    /// </summary>
    public static bool ClosesLikeRecipient(string paragraph, EndBlockLineKind kind)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return kind == EndBlockLineKind.Other && paragraph.Length is > 0 and <= 120 && paragraph[^1] is ';' or ',';
    }

    private static readonly char[] ItemEnd = [';', ',', '.'];

    /// <summary>One recipient as it should be listed: no dash, no trailing punctuation, single spaces.</summary>
    public static string Clean(string recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var text = LeadingBullet.Replace(recipient.Trim(), string.Empty);
        text = CommaBeforeAnnotation.Replace(text, " ");
        text = Spaces.Replace(text, " ");
        return text.TrimEnd(TrailingPunctuation).Trim();
    }
}
