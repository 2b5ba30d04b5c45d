using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// The document types the product knows, each with its code as used in symbols and its Vietnamese
/// name, in one place so that "KẾ HOẠCH" on a type line and "KH" in "28-KH/ĐUK" mean the same type.
/// Codes follow DOMAIN.md (Party) and Nghị định 30/2020/NĐ-CP (state). One code is shared: "TT" is
/// Thông tri in Party symbols ("NUMBER-TT/ISSUER") and Thông tư in state ones ("12/2024/TT-BNV").
/// </summary>
public static class DocumentTypeCatalog
{
    /// <summary>Used when neither a type line nor a symbol tells the type.</summary>
    public static DocumentType Unknown { get; } = new(string.Empty, "Văn bản");

    private enum Scope
    {
        Both,
        Party,
        State,
    }

    private sealed record Entry(DocumentType Type, string CapitalName, Scope Scope);

    // Laws carry no type code in their numbers ("13/2017/QH14"), so their codes are the names
    // themselves; "L" is taken by Lệnh ("05/2017/L-CTN").
    private static readonly Entry[] Entries =
    [
        new(new("KH", "Kế hoạch"), "KẾ HOẠCH", Scope.Both),
        new(new("NQLT", "Nghị quyết liên tịch"), "NGHỊ QUYẾT LIÊN TỊCH", Scope.State),
        new(new("NQ", "Nghị quyết"), "NGHỊ QUYẾT", Scope.Both),
        new(new("QĐ", "Quyết định"), "QUYẾT ĐỊNH", Scope.Both),
        new(new("QĐi", "Quy định"), "QUY ĐỊNH", Scope.Both),
        new(new("CT", "Chỉ thị"), "CHỈ THỊ", Scope.Both),
        new(new("KL", "Kết luận"), "KẾT LUẬN", Scope.Both),
        new(new("HD", "Hướng dẫn"), "HƯỚNG DẪN", Scope.Both),
        new(new("TB", "Thông báo"), "THÔNG BÁO", Scope.Both),
        new(new("BC", "Báo cáo"), "BÁO CÁO", Scope.Both),
        new(new("CTr", "Chương trình"), "CHƯƠNG TRÌNH", Scope.Both),
        new(new("TTr", "Tờ trình"), "TỜ TRÌNH", Scope.Both),
        new(new("CV", "Công văn"), "CÔNG VĂN", Scope.Both),
        new(new("BB", "Biên bản"), "BIÊN BẢN", Scope.Both),
        new(new("QC", "Quy chế"), "QUY CHẾ", Scope.Both),
        new(new("TT", "Thông tri"), "THÔNG TRI", Scope.Party),
        new(new("TTLT", "Thông tư liên tịch"), "THÔNG TƯ LIÊN TỊCH", Scope.State),
        new(new("TT", "Thông tư"), "THÔNG TƯ", Scope.State),
        new(new("NĐ", "Nghị định"), "NGHỊ ĐỊNH", Scope.State),
        new(new("BL", "Bộ luật"), "BỘ LUẬT", Scope.State),
        new(new("Luật", "Luật"), "LUẬT", Scope.State),
        new(new("PL", "Pháp lệnh"), "PHÁP LỆNH", Scope.State),
        new(new("L", "Lệnh"), "LỆNH", Scope.State),
        new(new("HP", "Hiến pháp"), "HIẾN PHÁP", Scope.State),
        new(new("VBHN", "Văn bản hợp nhất"), "VĂN BẢN HỢP NHẤT", Scope.State),
        new(new("ĐA", "Đề án"), "ĐỀ ÁN", Scope.Both),
        new(new("PA", "Phương án"), "PHƯƠNG ÁN", Scope.Both),
        new(new("CĐ", "Công điện"), "CÔNG ĐIỆN", Scope.State),
        new(new("TC", "Thông cáo"), "THÔNG CÁO", Scope.Both),
    ];

    // Longest capital names first, so "THÔNG TƯ LIÊN TỊCH" wins over "THÔNG TƯ" and "BỘ LUẬT" is
    // not read as an issuer "BỘ ..." followed by nothing.
    private static readonly Entry[] ByCapitalNameLength =
        [.. Entries.OrderByDescending(e => e.CapitalName.Length)];

    public static IReadOnlyList<DocumentType> All { get; } = [.. Entries.Select(e => e.Type)];

    // The type lines of English translations (vbpl publishes them beside the Vietnamese texts): the document
    // keeps its Vietnamese type, so a "CIRCULAR" is a Thông tư in every facet.
    private static readonly (string CapitalName, string Code)[] EnglishNames =
    [
        ("JOINT CIRCULAR", "TTLT"), ("CIRCULAR", "TT"), ("DECREE", "NĐ"), ("JOINT RESOLUTION", "NQLT"), ("RESOLUTION", "NQ"),
        ("DECISION", "QĐ"), ("DIRECTIVE", "CT"), ("ORDINANCE", "PL"), ("CODE", "BL"), ("LAW", "Luật"), ("ORDER", "L"),
        ("CONSOLIDATED DOCUMENT", "VBHN"), ("CONSTITUTION", "HP"), ("PLAN", "KH"), ("CONCLUSION", "KL"), ("REGULATION", "QĐi"),
    ];

    private static readonly Entry[] EnglishEntries =
    [
        .. EnglishNames
            .OrderByDescending(n => n.CapitalName.Length)
            .Select(n => new Entry(Entries.First(e => e.Type.Code == n.Code && e.Scope != Scope.Party).Type, n.CapitalName, Scope.State)),
    ];

    /// <summary>
    /// The type a type line names, and what follows the name on the same line ("" when the line is
    /// the name alone). The name must be in capitals, as documents print it ("KẾ HOẠCH", "NGHỊ ĐỊNH"),
    /// and end at a word boundary. "QUYẾT ĐỊNH:" is the enacting word of a decision, not its type line.
    /// </summary>
    public static bool TryMatchTypeLine(string paragraph, out DocumentType type, out string remainder)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        foreach (var entry in ByCapitalNameLength.Concat(EnglishEntries))
        {
            if (!paragraph.StartsWith(entry.CapitalName, StringComparison.Ordinal))
                continue;
            if (paragraph.Length == entry.CapitalName.Length)
            {
                type = entry.Type;
                remainder = string.Empty;
                return true;
            }

            if (paragraph[entry.CapitalName.Length] != ' ')
                continue;
            var rest = paragraph[(entry.CapitalName.Length + 1)..].Trim();
            if (rest.Length == 0 || !char.IsLetter(rest[0]) && rest[0] is not ('"' or '“' or '('))
                continue;
            type = entry.Type;
            remainder = rest;
            return true;
        }

        type = Unknown;
        remainder = string.Empty;
        return false;
    }

    /// <summary>The type named in words, in any case: "Kế hoạch", "KẾ HOẠCH", "kế hoạch".</summary>
    public static DocumentType? FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Type.Name, trimmed, StringComparison.OrdinalIgnoreCase)
                || string.Equals(entry.CapitalName, trimmed, StringComparison.Ordinal))
                return entry.Type;
        }

        return null;
    }

    /// <summary>
    /// The type a symbol's type code stands for. <paramref name="stateSymbol"/> says whether the code
    /// came from a state number ("12/2024/TT-BNV": Thông tư) or a Party one ("03-TT/TW": Thông tri).
    /// Codes are matched as written: "CTr" is not "CT".
    /// </summary>
    public static DocumentType? FromCode(string code, bool stateSymbol)
    {
        ArgumentNullException.ThrowIfNull(code);
        DocumentType? fallback = null;
        foreach (var entry in Entries)
        {
            if (!string.Equals(entry.Type.Code, code, StringComparison.Ordinal))
                continue;
            if (entry.Scope == Scope.Both || entry.Scope == (stateSymbol ? Scope.State : Scope.Party))
                return entry.Type;
            fallback ??= entry.Type;
        }

        return fallback;
    }
}
