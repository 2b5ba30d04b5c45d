using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Positions that sign documents, as printed in capitals above the signer's name: "BÍ THƯ",
/// "PHÓ BÍ THƯ THƯỜNG TRỰC", "CHỦ TỊCH QUỐC HỘI", "BỘ TRƯỞNG", "PHÓ THỦ TƯỚNG". Used to find a
/// signature that has no authority line (laws end with "CHỦ TỊCH QUỐC HỘI" / name) and to keep such a
/// line out of a decision's title ("QUYẾT ĐỊNH" / "Về việc ..." / "BỘ TRƯỞNG BỘ TÀI CHÍNH").
/// </summary>
public static class SignaturePositions
{
    private static readonly Regex Position = new(
        @"^(?:PHÓ\s+|TỔNG\s+|Q\.\s*|QUYỀN\s+)?(?:BÍ THƯ|CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|CHÁNH VĂN PHÒNG|CHÁNH ÁN|VIỆN TRƯỞNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|TRƯỞNG ĐOÀN|CHỦ NHIỆM|THỐNG ĐỐC|KIỂM TOÁN TRƯỞNG|TỔNG KIỂM TOÁN|CỤC TRƯỞNG|VỤ TRƯỞNG|TỔNG CỤC TRƯỞNG|THỦ TRƯỞNG|TỔNG THƯ KÝ|CHÁNH THANH TRA|TỔNG THANH TRA|HIỆU TRƯỞNG|ỦY VIÊN|UỶ VIÊN|TRƯỞNG)(?![\p{L}\p{M}])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>True when <paramref name="line"/> is a position and nothing more: "BỘ TRƯỞNG", "THỦ TƯỚNG", not "BỘ".</summary>
    public static bool IsWholePosition(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var match = Position.Match(line);
        return match.Success && match.Length == line.Length && CapitalLine.IsCapitals(line);
    }

    public static bool IsPosition(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Length <= 80 && CapitalLine.IsCapitals(line) && Position.IsMatch(line);
    }
}
