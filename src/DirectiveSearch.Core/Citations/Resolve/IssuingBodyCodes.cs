using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Citations.Resolve;

/// <summary>
/// The issuer code a body's name stands for, for citations without a symbol: "Kết luận số 01, ngày 18/5/2021
/// của Bộ Chính trị" (seed 001) is a TW document. Bộ Chính trị, Ban Bí thư and Ban Chấp hành Trung ương all
/// sign "/TW" (DOMAIN.md). Departments are checked before committees: "Ban Tuyên giáo Thị ủy" signs "/BTG",
/// not "/ThU". Names are compared folded, so "Đảng uỷ" and "Đảng ủy" are one.
/// </summary>
public static class IssuingBodyCodes
{
    private static readonly (string Folded, string Code)[] Rules =
    [
        ("ban tuyen giao trung uong", "btgtw"),
        ("ban to chuc trung uong", "btctw"),
        ("uy ban kiem tra trung uong", "ubkttw"),
        ("van phong trung uong", "vptw"),
        ("ban tuyen giao", "btg"),
        ("ban to chuc", "btc"),
        ("uy ban kiem tra", "ubkt"),
        ("ban dan van", "bdv"),
        ("ban noi chinh", "bnc"),
        ("bo chinh tri", "tw"),
        ("ban bi thu", "tw"),
        ("ban chap hanh trung uong", "tw"),
        ("bch trung uong", "tw"),
        ("bch tw", "tw"),
        ("trung uong", "tw"),
        ("uy ban thuong vu quoc hoi", "ubtvqh"),
        ("thu tuong", "ttg"),
        ("chinh phu", "cp"),
        ("uy ban nhan dan", "ubnd"),
        ("ubnd", "ubnd"),
        ("hoi dong nhan dan", "hdnd"),
        ("dang uy khoi", "duk"),
        ("tinh uy", "tu"),
        ("thanh uy", "tu"),
        ("dang bo tinh", "tu"),
        ("dang bo thanh pho", "tu"),
        ("thi uy", "thu"),
        ("huyen uy", "hu"),
        ("quan uy", "qu"),
        ("dang uy", "du"),
    ];

    /// <summary>The issuer code of <paramref name="body"/>, folded ("tw", "tu", "btg"), or null when unknown.</summary>
    public static string? FromBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        var folded = " " + string.Join(' ', DiacriticFolder.Fold(body).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";
        foreach (var (name, code) in Rules)
        {
            if (folded.Contains(" " + name + " ", StringComparison.Ordinal))
                return code;
        }

        return null;
    }
}
