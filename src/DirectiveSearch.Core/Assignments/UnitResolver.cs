using System.Text;

namespace DirectiveSearch.Core.Assignments;

/// <summary>
/// Turns a unit as a plan writes it into one body: abbreviations spelled out ("UBKT Đảng uỷ" → "Ủy ban Kiểm tra
/// Đảng ủy"), the person standing for the body dropped ("Giám đốc Sở ..." → "Sở ..."), and the plan's committee
/// completing a bare department or a shortened committee name ("Văn phòng" → "Văn phòng Tỉnh ủy"; "Ban Tổ chức
/// Đảng ủy Khối" → "Ban Tổ chức Đảng ủy Khối các cơ quan tỉnh"). The id folds diacritics and tone style away.
/// </summary>
public static class UnitResolver
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["ubnd"] = "Ủy ban nhân dân", ["hdnd"] = "Hội đồng nhân dân", ["ubkt"] = "Ủy ban Kiểm tra", ["mttq"] = "Mặt trận Tổ quốc",
        ["ubmttq"] = "Ủy ban Mặt trận Tổ quốc", ["btv"] = "Ban Thường vụ", ["bch"] = "Ban Chấp hành", ["vp"] = "Văn phòng",
        ["btg"] = "Ban Tuyên giáo", ["btc"] = "Ban Tổ chức", ["tu"] = "Tỉnh ủy", ["hu"] = "Huyện ủy", ["du"] = "Đảng ủy",
        ["thu"] = "Thị ủy", ["duk"] = "Đảng ủy Khối", ["bcs"] = "Ban cán sự",
        ["tp"] = "thành phố", ["tp."] = "thành phố", ["bcd"] = "Ban Chỉ đạo", ["lhpn"] = "Liên hiệp Phụ nữ", ["chqs"] = "Chỉ huy Quân sự",
        ["bdbp"] = "Bộ đội Biên phòng", ["hdnd&ubnd"] = "Hội đồng nhân dân và Ủy ban nhân dân", ["hdnd-ubnd"] = "Hội đồng nhân dân và Ủy ban nhân dân",
        ["pt-th"] = "Phát thanh - Truyền hình", ["ptth"] = "Phát thanh - Truyền hình", ["pt&th"] = "Phát thanh - Truyền hình",
        // The departments' names as plans shorten them ("Sở VH-TT&DL", "Sở KH&ĐT").
        ["vh-tt&dl"] = "Văn hóa, Thể thao và Du lịch", ["vhttdl"] = "Văn hóa, Thể thao và Du lịch", ["vh,tt&dl"] = "Văn hóa, Thể thao và Du lịch",
        ["kh&dt"] = "Kế hoạch và Đầu tư", ["khdt"] = "Kế hoạch và Đầu tư", ["tn&mt"] = "Tài nguyên và Môi trường", ["tnmt"] = "Tài nguyên và Môi trường",
        ["gd&dt"] = "Giáo dục và Đào tạo", ["gddt"] = "Giáo dục và Đào tạo", ["ld-tb&xh"] = "Lao động - Thương binh và Xã hội", ["ldtbxh"] = "Lao động - Thương binh và Xã hội",
        ["tt&tt"] = "Thông tin và Truyền thông", ["tttt"] = "Thông tin và Truyền thông", ["nn&ptnt"] = "Nông nghiệp và Phát triển nông thôn", ["nnptnt"] = "Nông nghiệp và Phát triển nông thôn",
        ["kh&cn"] = "Khoa học và Công nghệ", ["khcn"] = "Khoa học và Công nghệ", ["gtvt"] = "Giao thông vận tải", ["nn&mt"] = "Nông nghiệp và Môi trường",
    };

    // Abbreviations only in capitals: "tu" and "du" are everyday words.
    private static readonly HashSet<string> CapitalsOnly = ["tu", "hu", "du", "thu", "duk", "vp", "tp", "tp."];

    private static readonly string[] PersonPrefixes = ["cac dong chi ", "dong chi ", "d/c ", "đ/c ", "giam doc ", "thu truong ", "chu tich "];
    private static readonly string[] Plurals = ["cac ", "moi ", "nhung ", "tat ca ", "toan the "];

    // Departments that belong to a committee and name none themselves.
    private static readonly string[] Departments =
    [
        "van phong", "ban tuyen giao", "ban to chuc", "ban dan van", "ban noi chinh", "ban kinh te", "uy ban kiem tra", "ban thuong vu",
        "ban chap hanh", "thuong truc", "ban", "ban dang", "uy vien ban thuong vu", "uy vien ban chap hanh", "ban tuyen giao va dan van",
    ];

    public static AssignedUnit Resolve(string written, UnitContext context)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(context);
        var name = Expand(Tidy(written));
        name = DropPrefix(name, PersonPrefixes, onlyBeforeBody: true);
        var singular = DropPrefix(name, Plurals, onlyBeforeBody: false);
        name = Qualify(singular, context, plural: singular.Length != name.Length);
        name = name.Length == 0 ? Tidy(written) : char.ToUpperInvariant(name[0]) + name[1..];
        return new AssignedUnit(IdOf(name), name, Tidy(written));
    }

    /// <summary>The id of a resolved name: folded, lower-case words joined by hyphens.</summary>
    public static string IdOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = FoldedText.Of(name);
        var id = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                id.Append(c);
            else if (id.Length > 0 && id[^1] != '-')
                id.Append('-');
        }

        // "Mặt trận Tổ quốc cấp tỉnh" and "Mặt trận Tổ quốc tỉnh" are one body.
        return id.ToString().Trim('-').Replace("-cap-tinh", "-tinh", StringComparison.Ordinal).Replace("-cap-huyen", "-huyen", StringComparison.Ordinal);
    }

    private static string Qualify(string name, UnitContext context, bool plural)
    {
        if (context.Committee is not { } committee || context.CommitteeFolded is not { } committeeFolded)
            return name;
        var folded = FoldedText.Of(name);
        if (folded == committeeFolded || folded.EndsWith(" " + committeeFolded, StringComparison.Ordinal))
            return name;

        // A shortened name of the plan's own committee at the end: "Ban Tổ chức Đảng ủy Khối", "Tỉnh ủy".
        foreach (var form in context.ShortForms)
        {
            // "các đảng ủy" are many committees, not the plan's own.
            if (folded == form && !plural)
                return committee;
            if (folded.EndsWith(" " + form, StringComparison.Ordinal))
                return name[..(name.Length - form.Length)] + committee;
        }

        if (Departments.Contains(folded) || folded.EndsWith(" truc thuoc", StringComparison.Ordinal))
            return name + " " + committee;

        if (context.Province is { } province && context.IsState && folded.StartsWith("so ", StringComparison.Ordinal) && !folded.Contains(" tinh ", StringComparison.Ordinal) && !folded.EndsWith(" tinh", StringComparison.Ordinal))
            return name + " tỉnh " + province;

        // "Phòng Kế hoạch - Đầu tư" in a department's or a district's document is that body's own office.
        if (folded.StartsWith("phong ", StringComparison.Ordinal) && (committeeFolded.StartsWith("so ", StringComparison.Ordinal) || committeeFolded.StartsWith("uy ban nhan dan huyen", StringComparison.Ordinal) || committeeFolded.StartsWith("uy ban nhan dan quan", StringComparison.Ordinal) || committeeFolded.StartsWith("uy ban nhan dan thanh pho", StringComparison.Ordinal) || committeeFolded.StartsWith("uy ban nhan dan thi xa", StringComparison.Ordinal)) && !LevelInside(folded))
            return name + " " + committee;

        // "Công an tỉnh", "Ban Công an xã" in the plan of that province's or that xã's committee are its own.
        if (context.Locality is var (level, place) && folded.EndsWith(" " + level, StringComparison.Ordinal))
            return name + " " + place;
        return name;
    }

    private static bool LevelInside(string folded) =>
        new[] { " tinh", " huyen", " quan", " thanh pho", " thi xa", " xa", " phuong" }.Any(l => folded.Contains(l + " ", StringComparison.Ordinal) || folded.EndsWith(l, StringComparison.Ordinal));

    private static string DropPrefix(string name, string[] prefixes, bool onlyBeforeBody)
    {
        var folded = FoldedText.Of(name);
        foreach (var prefix in prefixes)
        {
            if (!folded.StartsWith(prefix, StringComparison.Ordinal) || folded.Length <= prefix.Length)
                continue;
            var rest = name[prefix.Length..].TrimStart();
            // "Chủ tịch UBND" stands for the committee; "Chủ tịch nước" is a person.
            if (onlyBeforeBody && prefix is "giam doc " or "thu truong " or "chu tich " && !char.IsUpper(rest[0]) && !FoldedText.Of(rest).StartsWith("cac ", StringComparison.Ordinal))
                continue;
            return rest;
        }

        return name;
    }

    private static string Expand(string name)
    {
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].Trim(',', ';');
            var key = FoldedText.Of(word);
            if (Abbreviations.TryGetValue(key, out var full) && (!CapitalsOnly.Contains(key) || word.Length > 0 && char.IsUpper(word[0]) && char.IsUpper(word[^1])))
                words[i] = full;
        }

        return string.Join(' ', words);
    }

    // Pages that lost a space between two syllables ("UBND cáchuyện An Lão") name the body of the spaced form.
    private static string Tidy(string text) =>
        JoinedSyllables.Split(string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Trim(' ', '.', ',', ';', ':', '-', '–', '*');
}
