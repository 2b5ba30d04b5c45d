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

            if (kind is EndBlockLineKind.Bullet or EndBlockLineKind.Archive)
            {
                raw.Add(paragraph);
                lastWasRecipient = true;
            }
            else if (lastWasRecipient && raw.Count > 0 && ContinuesRecipient(raw[^1], paragraph))
            {
                raw[^1] = $"{raw[^1]} {paragraph}";
            }
            else
            {
                lastWasRecipient = false;
            }
        }

        return raw.Select(Clean).Where(r => r.Length > 0).ToList();
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

    private static readonly char[] ItemEnd = [';', ',', '.', ':'];

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
