using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Classifies the paragraphs of a document's end: "Nơi nhận:", recipients, the authority, position and
/// name of the signature. Shared by the locator of the end block and by the two parsers that read it,
/// so all three agree on what a line is.
/// </summary>
public static class EndBlockLine
{
    private static readonly Regex RecipientsHeader = new(
        @"^(?:Nơi nhận|NƠI NHẬN|Nơi gửi|NƠI GỬI)\s*(?::|$)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "T/M BAN THƯỜNG VỤ", "TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "K/T BÍ THƯ", "TL. BỘ TRƯỞNG", "Q. CHỦ TỊCH",
    // "TUQ. BỘ TRƯỞNG", also without the dot ("TM BAN CHẤP HÀNH").
    private static readonly Regex Authority = new(
        @"^(?:(?:T/M|K/T|T/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*|(?:TM|KT|TL|TUQ)\s+)\p{Lu}",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex SignedMarker = new(
        @"^(?:\((?=[^)]*(?:ký|Ký|KÝ|kí|Kí|KÍ))[^()]{0,80}\)|(?:Đã|đã|ĐÃ)\s+(?:ký|kí|KÝ|KÍ)|\[\s*(?:daky|đã ký)\s*\])\.?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // A dash alone is a bullet too: "Nơi nhận:" / "-" / "Như Điều 6;" when a wrapped cell put its text below.
    private static readonly Regex Bullet = new(
        @"^[-–+•](?:(?![-–])\s*\S|$)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Archive = new(
        @"^(?:Lưu|LƯU)(?![\p{L}\p{M}])", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Two to six capitalised words, optionally after a military rank. A word may be a lone capital:
    // "Y Thông" (vbpl doc_000489).
    private static readonly Regex Name = new(
        @"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+)?\p{Lu}\p{M}*[\p{Ll}\p{M}]*(?:\s+\p{Lu}\p{M}*[\p{Ll}\p{M}]*){1,5}$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static EndBlockLineKind Classify(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (RecipientsHeader.IsMatch(paragraph))
            return EndBlockLineKind.RecipientsHeader;
        if (Authority.IsMatch(paragraph) && CapitalLine.IsCapitals(paragraph))
            return EndBlockLineKind.Authority;
        if (SignedMarker.IsMatch(paragraph))
            return EndBlockLineKind.SignedMarker;
        if (Bullet.IsMatch(paragraph))
            return EndBlockLineKind.Bullet;
        if (Archive.IsMatch(paragraph))
            return EndBlockLineKind.Archive;
        var stripped = CapitalLine.StripDecorations(paragraph);
        if (stripped.Length <= 120 && CapitalLine.IsCapitals(stripped))
            return EndBlockLineKind.Capitals;
        if (paragraph.Length <= 60 && Name.IsMatch(paragraph))
            return EndBlockLineKind.Name;
        return EndBlockLineKind.Other;
    }

    /// <summary>What follows "Nơi nhận:" on its own line ("Nơi nhận: - ĐUK;" → "- ĐUK;"), or "".</summary>
    public static string AfterRecipientsHeader(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var match = RecipientsHeader.Match(paragraph);
        return match.Success ? paragraph[match.Length..].Trim() : string.Empty;
    }
}
