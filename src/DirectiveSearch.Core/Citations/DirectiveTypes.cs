using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Citations;

/// <summary>
/// The identity type of a directive, from the noun a text writes or from a symbol's type code: "Nghị quyết" and
/// "NQ" → "nq", "Quy định", "Quyết định", "QĐ" and "QĐi" → "qd", "Chương trình" and "CTr" → "ctr". The noun is
/// the better guide (DOMAIN.md: real texts write Quy định as "37-QĐ/TW"), so both map Quy định and Quyết định
/// to one type and a disagreement between noun and code means a typing error, not two readings of one code.
/// </summary>
public static class DirectiveTypes
{
    /// <summary>Type used when neither a noun nor a code says what the document is ("63/2025/QH15" alone).</summary>
    public const string Unknown = "vb";

    private static readonly Dictionary<string, string> ByFoldedNoun = new(StringComparer.Ordinal)
    {
        ["nghi quyet lien tich"] = "nqlt",
        ["nghi quyet"] = "nq",
        ["nghi dinh"] = "nd",
        ["quyet dinh"] = "qd",
        ["quy dinh"] = "qd",
        ["quy che"] = "qc",
        ["ket luan"] = "kl",
        ["chi thi"] = "ct",
        ["ke hoach"] = "kh",
        ["huong dan"] = "hd",
        ["chuong trinh"] = "ctr",
        ["thong tu lien tich"] = "ttlt",
        ["thong tu"] = "tt",
        ["thong tri"] = "tt",
        ["thong bao"] = "tb",
        ["thong bao ket luan"] = "tb",
        ["thong cao"] = "tc",
        ["bao cao"] = "bc",
        ["to trinh"] = "ttr",
        ["cong van"] = "cv",
        ["cong dien"] = "cd",
        ["bien ban"] = "bb",
        ["de an"] = "da",
        ["phuong an"] = "pa",
        ["phap lenh"] = "pl",
        ["hien phap"] = "hp",
        ["bo luat"] = "bl",
        ["luat"] = "luat",
        ["lenh"] = "l",
        ["van ban hop nhat"] = "vbhn",
    };

    // Codes as symbols write them, folded. "QĐi" is the format rule's code for Quy định; "TT" is Thông tri in
    // Party symbols and Thông tư in state ones, one type either way.
    private static readonly Dictionary<string, string> ByFoldedCode = new(StringComparer.Ordinal)
    {
        ["nq"] = "nq", ["nqlt"] = "nqlt", ["nd"] = "nd", ["qd"] = "qd", ["qdi"] = "qd", ["qc"] = "qc", ["kl"] = "kl",
        ["ct"] = "ct", ["kh"] = "kh", ["hd"] = "hd", ["ctr"] = "ctr", ["tt"] = "tt", ["ttlt"] = "ttlt", ["tb"] = "tb",
        ["tc"] = "tc", ["bc"] = "bc", ["ttr"] = "ttr", ["cv"] = "cv", ["cd"] = "cd", ["bb"] = "bb", ["da"] = "da",
        ["pa"] = "pa", ["pl"] = "pl", ["l"] = "l", ["vbhn"] = "vbhn", ["hdlt"] = "hd", ["khlt"] = "kh", ["qdlt"] = "qd", ["ctlt"] = "ct",
    };

    /// <summary>"Kết luận", "KẾT LUẬN", "kết  luận" → "kl"; null for a word that is no type noun.</summary>
    public static string? FromNoun(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        var folded = string.Join(' ', DiacriticFolder.Fold(noun).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return ByFoldedNoun.GetValueOrDefault(folded);
    }

    /// <summary>"KL" → "kl", "QĐ" and "QĐi" → "qd", "CTr" → "ctr"; null for a code that is no type ("UBND").</summary>
    public static string? FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByFoldedCode.GetValueOrDefault(DiacriticFolder.Fold(code));
    }

    /// <summary>Whether <paramref name="code"/> is a document type code (the first part of "QĐ-UBND" is, of "UBND-VX" is not).</summary>
    public static bool IsTypeCode(string code) => FromCode(code) is not null;
}
