using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Reads the signature: the authority ("T/M BAN THƯỜNG VỤ"; a state document may have two,
/// "TM. CHÍNH PHỦ" / "KT. THỦ TƯỚNG": the body signed for, then the capacity), the position in capitals
/// ("PHÓ BÍ THƯ THƯỜNG TRỰC"), and the name ("Nguyễn Đặng Thị Thu Hòa"), skipping "(Đã ký)" and any
/// recipient lines in between. Null when there is no authority, no position, and no name marked
/// "(Đã ký)".
/// </summary>
public static class SignatureBlockParser
{
    public static Signer? Parse(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var authority = new List<string>();
        var position = new List<string>();
        string? name = null;

        var inRecipient = false;
        for (var i = 0; i < paragraphs.Count && name is null; i++)
        {
            var text = paragraphs[i];
            var kind = EndBlockLine.Classify(text);
            // The rest of a recipient cut by its column ("- Cục Kiểm tra văn bản và QLXLVPHC" / "(BTP);") is no signature line.
            if (inRecipient && RecipientListParser.ContinuesRecipient(paragraphs[i - 1], text))
                continue;
            inRecipient = kind is EndBlockLineKind.Bullet or EndBlockLineKind.Archive
                || kind == EndBlockLineKind.RecipientsHeader && EndBlockLine.AfterRecipientsHeader(text).Length > 0;
            switch (kind)
            {
                case EndBlockLineKind.Authority when position.Count == 0:
                    // A PDF may run the signature's lines into one: "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG".
                    var (authorities, merged) = MergedSignatureLine.Split(CapitalLine.StripDecorations(text));
                    authority.AddRange(authorities);
                    if (merged is not null)
                        position.Add(merged);
                    break;
                case EndBlockLineKind.Capitals when authority.Count > 0 && position.Count == 0 && EndsUnfinished(authority[^1]):
                    // "KT. BỘ TRƯỞNG," / "CHỦ NHIỆM ỦY BAN DÂN TỘC" / "PHÓ CHỦ NHIỆM": the comma says the authority goes on.
                    authority[^1] = $"{authority[^1]} {CapitalLine.StripDecorations(text)}";
                    break;
                case EndBlockLineKind.Capitals:
                    var line = CapitalLine.StripDecorations(text);
                    // "TM. BAN CHẤP HÀNH" / "ĐẢNG BỘ TỈNH" / "BÍ THƯ": a capital line that is not a position,
                    // under an authority and above the position, continues the authority.
                    var isPosition = SignaturePositions.IsPosition(line);
                    if (authority.Count > 0 && position.Count == 0 && !isPosition && PositionFollows(paragraphs, i + 1))
                    {
                        authority[^1] = $"{authority[^1]} {line}";
                    }
                    else if (isPosition && authority.Count == 0 && position.Count > 0 && SignaturePositions.IsPosition(position[0]))
                    {
                        // "THỐNG ĐỐC" / "PHÓ THỐNG ĐỐC" with the "KT." lost: the upper position is the capacity.
                        authority.Add(string.Join(' ', position));
                        position.Clear();
                        position.Add(line);
                    }
                    else
                    {
                        position.Add(line);
                    }

                    break;
                case EndBlockLineKind.Name when authority.Count > 0 || position.Count > 0 || SignedBelow(paragraphs, i):
                    name = text;
                    break;
            }
        }

        if (authority.Count == 0 && position.Count == 0 && name is null)
            return null;
        return new Signer(
            authority.Count > 0 ? authority[0] : null,
            position.Count > 0 ? string.Join(' ', position) : null,
            name)
        {
            Capacity = authority.Count > 1 ? string.Join(' ', authority.Skip(1)) : null,
        };
    }

    private static bool EndsUnfinished(string authority) =>
        authority.EndsWith(',') || authority.EndsWith(" VÀ", StringComparison.Ordinal);

    // A name with "(Đã ký)" right under it signs even without a position (old laws: "Hồ Chí Minh" / "(Đã ký)").
    private static bool SignedBelow(IReadOnlyList<string> paragraphs, int index) =>
        index + 1 < paragraphs.Count && EndBlockLine.Classify(paragraphs[index + 1]) == EndBlockLineKind.SignedMarker;

    private static bool PositionFollows(IReadOnlyList<string> paragraphs, int from)
    {
        for (var i = from; i < paragraphs.Count; i++)
        {
            var kind = EndBlockLine.Classify(paragraphs[i]);
            if (kind == EndBlockLineKind.Name)
                return false;
            if (kind == EndBlockLineKind.Capitals && SignaturePositions.IsPosition(CapitalLine.StripDecorations(paragraphs[i])))
                return true;
        }

        return false;
    }
}
