namespace DirectiveSearch.Core.Structure;

/// <summary>
/// The capital line some state documents print between the title and the legal basis, naming who
/// enacts: "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CHÍNH PHỦ", "BỘ TRƯỞNG BỘ TÀI CHÍNH". It ends the title, and it
/// names the issuer when the header cell holding the issuer was lost (vbpl doc_000023 starts with
/// "Nghị quyết số: 115/2025/UBTVQH15").
/// </summary>
public static class EnactingLine
{
    private static readonly string[] Bodies =
    [
        "CHÍNH PHỦ", "QUỐC HỘI", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "UỶ BAN THƯỜNG VỤ QUỐC HỘI", "ỦY BAN NHÂN DÂN",
        "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN CHẤP HÀNH", "BAN THƯỜNG VỤ", "BỘ CHÍNH TRỊ", "BAN BÍ THƯ",
        "HỘI ĐỒNG THẨM PHÁN", "CHỦ TỊCH NƯỚC",
    ];

    public static bool IsEnactingLine(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (paragraph.Length > 120 || !CapitalLine.IsCapitals(paragraph))
            return false;
        if (SignaturePositions.IsPosition(paragraph))
            return true;
        foreach (var body in Bodies)
        {
            if (paragraph.StartsWith(body, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    /// <summary>The enacting line at <paramref name="index"/> (rules skipped), or null.</summary>
    public static string? Find(IReadOnlyList<Paragraph> paragraphs, int index)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        while (index < paragraphs.Count && CapitalLine.IsDecoration(paragraphs[index].Text))
            index++;
        return index < paragraphs.Count && IsEnactingLine(paragraphs[index].Text)
            ? CapitalLine.StripDecorations(paragraphs[index].Text)
            : null;
    }
}
