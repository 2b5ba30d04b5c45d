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
    };

    // Abbreviations only in capitals: "tu" and "du" are everyday words.
    private static readonly HashSet<string> CapitalsOnly = ["tu", "hu", "du", "thu", "duk", "vp"];

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
        if (context.Province is { } place && folded.EndsWith(" tinh", StringComparison.Ordinal))
            return name + " " + place;
        return name;
    }

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

    private static string Tidy(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '.', ',', ';', ':', '-', '–', '*');
}
