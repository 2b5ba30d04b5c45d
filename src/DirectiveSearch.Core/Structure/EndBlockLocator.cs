namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Finds where a document's body stops and its end begins: the recipient list ("Nơi nhận:") and the
/// signature, in either order, since a DOCX table holding them side by side is read cell after cell
/// (seeds put "Nơi nhận:" first; other layouts put "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ" / name first).
/// A signature without an authority line (laws: "CHỦ TỊCH QUỐC HỘI" / "Nguyễn Thị Kim Ngân") is
/// recognised by a known position followed by a name. The block ends at the first paragraph that fits
/// neither part (an appendix after the signature, say), so the caller can keep reading sections there.
/// </summary>
public static class EndBlockLocator
{
    /// <summary>How many paragraphs may separate a position line from the name under it ("(Đã ký)", rank lines).</summary>
    private const int NameLookahead = 4;

    public static EndBlock? Locate(IReadOnlyList<Paragraph> paragraphs, int from)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        for (var i = Math.Max(from, 0); i < paragraphs.Count; i++)
        {
            var kind = EndBlockLine.Classify(paragraphs[i].Text);
            var starts = kind switch
            {
                EndBlockLineKind.RecipientsHeader or EndBlockLineKind.Authority => true,
                EndBlockLineKind.Capitals => SignaturePositions.IsPosition(paragraphs[i].Text) && NameFollows(paragraphs, i + 1),
                // Old laws end with the name and "(Đã ký)" alone: "Hồ Chí Minh" / "(Đã ký)".
                EndBlockLineKind.Name => i + 1 < paragraphs.Count && EndBlockLine.Classify(paragraphs[i + 1].Text) == EndBlockLineKind.SignedMarker,
                _ => false,
            };
            if (starts)
                return new EndBlock(i, FindEnd(paragraphs, i));
        }

        return null;
    }

    private static bool NameFollows(IReadOnlyList<Paragraph> paragraphs, int from)
    {
        var limit = Math.Min(paragraphs.Count, from + NameLookahead);
        for (var i = from; i < limit; i++)
        {
            switch (EndBlockLine.Classify(paragraphs[i].Text))
            {
                case EndBlockLineKind.Name:
                    return true;
                case EndBlockLineKind.SignedMarker or EndBlockLineKind.Capitals:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    private static int FindEnd(IReadOnlyList<Paragraph> paragraphs, int start)
    {
        var sawRecipients = false;
        var lastWasRecipient = false;
        string? lastRecipient = null;
        var sawSigner = false;
        var sawName = false;
        var i = start;
        for (; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text;
            var kind = EndBlockLine.Classify(text);
            // A recipient broken by its column: "- Cục Kiểm tra văn bản và QLXLVPHC" / "(BTP);", also with the
            // signature's lines between the pieces when two columns were read in turn; "Cục thuộc Bộ;" after
            // "- Bộ Công Thương: Lãnh đạo Bộ, các Vụ," closes like a recipient.
            var continues = lastRecipient is not null
                && (RecipientListParser.ContinuesRecipient(lastRecipient, text)
                    || lastWasRecipient && RecipientListParser.ClosesLikeRecipient(text, kind));
            var keep = continues || kind switch
            {
                EndBlockLineKind.RecipientsHeader => !sawRecipients,
                // Once "Nơi nhận:" was seen, dash lines are recipients even when signature lines sit between
                // them (a two-cell table row read line by line).
                EndBlockLineKind.Bullet or EndBlockLineKind.Archive => sawRecipients,
                EndBlockLineKind.Authority => !sawName,
                EndBlockLineKind.SignedMarker => true,
                // After the name, capitals are an appendix heading ("PHỤ LỤC"), not part of the signature.
                // Before it, they belong to the signature only if they continue one, name a position, or stand
                // above a name; "PHỤ LỤC" after a signature-less recipient list does none of these.
                EndBlockLineKind.Capitals => !sawName
                    && (sawSigner || SignaturePositions.IsPosition(text) || NameFollows(paragraphs, i + 1)),
                EndBlockLineKind.Name => !sawName,
                _ => false,
            };
            if (!keep)
                break;

            lastWasRecipient = continues || kind is EndBlockLineKind.Bullet or EndBlockLineKind.Archive or EndBlockLineKind.Other
                || kind == EndBlockLineKind.RecipientsHeader && EndBlockLine.AfterRecipientsHeader(text).Length > 0;
            if (continues || kind is EndBlockLineKind.Bullet or EndBlockLineKind.Archive && sawRecipients)
                lastRecipient = continues ? $"{lastRecipient} {text}" : text;
            sawRecipients |= kind == EndBlockLineKind.RecipientsHeader;
            sawSigner |= !continues && kind is (EndBlockLineKind.Authority or EndBlockLineKind.Capitals);
            sawName |= kind == EndBlockLineKind.Name;
        }

        return i;
    }
}
