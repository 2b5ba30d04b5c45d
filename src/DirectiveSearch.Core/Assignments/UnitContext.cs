using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Assignments;

/// <summary>
/// The committee a plan speaks for, which completes the units it names: "Văn phòng" in a plan of the Tỉnh ủy is
/// the Văn phòng Tỉnh ủy; "Ban Tổ chức Đảng ủy Khối" in a plan of the Đảng ủy Khối các cơ quan tỉnh is that
/// Khối's. Read from the plan's issuer ("Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh" → "Đảng ủy Khối các cơ quan
/// tỉnh") or, without one, from its symbol's issuer code ("KH/TU" → "Tỉnh ủy").
/// </summary>
public sealed class UnitContext
{
    private static readonly (string Folded, string Name)[] Leaders =
    [
        ("ban thuong vu ", string.Empty), ("ban chap hanh ", string.Empty), ("thuong truc ", string.Empty), ("t/m ", string.Empty),
    ];

    private static readonly (string Folded, string Replacement)[] Bodies =
    [
        ("dang bo tinh", "Tỉnh ủy"), ("dang bo huyen", "Huyện ủy"), ("dang bo thanh pho", "Thành ủy"), ("dang bo thi xa", "Thị ủy"),
        ("dang bo quan", "Quận ủy"), ("dang bo khoi", "Đảng ủy Khối"), ("dang bo xa", "Đảng ủy xã"), ("dang bo phuong", "Đảng ủy phường"),
        ("dang bo", "Đảng ủy"),
    ];

    private static readonly Dictionary<string, string> IssuerCodes = new(StringComparer.Ordinal)
    {
        ["TU"] = "Tỉnh ủy", ["HU"] = "Huyện ủy", ["ThU"] = "Thị ủy", ["QU"] = "Quận ủy", ["ĐU"] = "Đảng ủy", ["ĐUK"] = "Đảng ủy Khối",
    };

    private UnitContext(string? committee, string? province, (string Level, string Place)? locality = null)
    {
        Committee = committee;
        Province = province;
        Locality = locality;
        var folded = committee is null ? null : FoldedText.Of(committee);
        CommitteeFolded = folded;
        ShortForms = folded is null ? [] : ShortFormsOf(folded);
        IsState = folded is not null && (folded.StartsWith("uy ban nhan dan", StringComparison.Ordinal) || folded.StartsWith("hoi dong nhan dan", StringComparison.Ordinal));
    }

    /// <summary>No committee known: units stay as written.</summary>
    public static UnitContext None { get; } = new(null, null);

    /// <summary>The committee's name ("Tỉnh ủy", "Đảng ủy Khối các cơ quan tỉnh", "Ủy ban nhân dân tỉnh Ninh Thuận"), null when unknown.</summary>
    public string? Committee { get; }

    /// <summary>The province the plan belongs to when its issuer names one ("Ninh Thuận").</summary>
    public string? Province { get; }

    /// <summary>
    /// The level and place of the committee's own locality ("xa", "Hương Vinh" for the Đảng ủy xã Hương Vinh; "tinh",
    /// "Ninh Thuận" for a provincial committee): "Ban Công an xã" in that committee's plan is its own xã's.
    /// </summary>
    internal (string Level, string Place)? Locality { get; }

    internal string? CommitteeFolded { get; }

    /// <summary>How the plan may shorten its committee's name, folded and longest first ("dang uy khoi", "dang uy").</summary>
    internal IReadOnlyList<string> ShortForms { get; }

    /// <summary>True for a people's committee or council: their departments are Sở, Phòng, not Ban.</summary>
    internal bool IsState { get; }

    public static UnitContext Of(DocumentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return ForIssuer(record.Issuer ?? FromSymbol(record.Symbol));
    }

    /// <summary>The context of a plan issued by <paramref name="issuer"/> ("Ban Thường vụ Tỉnh ủy Thái Nguyên").</summary>
    public static UnitContext ForIssuer(string? issuer)
    {
        if (string.IsNullOrWhiteSpace(issuer))
            return None;
        var name = Evidence(issuer);
        var folded = FoldedText.Of(name);
        foreach (var (leader, _) in Leaders)
        {
            if (folded.StartsWith(leader, StringComparison.Ordinal) && folded.Length > leader.Length)
            {
                name = name[leader.Length..];
                folded = folded[leader.Length..];
            }
        }

        foreach (var (body, replacement) in Bodies)
        {
            if (folded.StartsWith(body, StringComparison.Ordinal))
            {
                name = replacement + name[body.Length..];
                folded = FoldedText.Of(name);
                break;
            }
        }

        name = char.ToUpperInvariant(name[0]) + name[1..];
        var province = ProvinceOf(name, folded);
        return new UnitContext(name, province, province is null ? LocalityOf(name, folded) : ("tinh", province));
    }

    private static readonly string[] Levels = ["thanh pho", "thi xa", "thi tran", "huyen", "quan", "phuong", "xa", "tinh"];

    /// <summary>The level word and the place after it in a committee's name: "Ủy ban nhân dân huyện Tứ Kỳ" → ("huyen", "Tứ Kỳ"); "Thành ủy Vĩnh Long" → ("thanh pho", "Vĩnh Long").</summary>
    private static (string Level, string Place)? LocalityOf(string name, string folded)
    {
        foreach (var (committee, level) in new[] { ("thanh uy ", "thanh pho"), ("huyen uy ", "huyen"), ("thi uy ", "thi xa"), ("quan uy ", "quan") })
        {
            if (folded.StartsWith(committee, StringComparison.Ordinal) && name.Length > committee.Length)
                return (level, name[committee.Length..].Trim());
        }

        foreach (var level in Levels)
        {
            var at = folded.IndexOf(" " + level + " ", StringComparison.Ordinal);
            if (at > 0 && at + level.Length + 2 < name.Length && char.IsUpper(name[at + level.Length + 2]))
                return (level, name[(at + level.Length + 2)..].Trim());
        }

        return null;
    }

    private static string? ProvinceOf(string name, string folded)
    {
        foreach (var kind in new[] { "tinh uy ", "uy ban nhan dan tinh ", "hoi dong nhan dan tinh ", "ubnd tinh " })
        {
            if (folded.StartsWith(kind, StringComparison.Ordinal) && name.Length > kind.Length)
                return name[kind.Length..].Trim();
        }

        return null;
    }

    private static IReadOnlyList<string> ShortFormsOf(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var forms = new List<string> { folded };
        // "dang uy khoi cac co quan tinh" is also written "dang uy khoi" and, inside its own plan, "dang uy".
        for (var count = words.Length - 1; count >= 2; count--)
            forms.Add(string.Join(' ', words.Take(count)));
        if (words.Length > 2 && (words[0], words[1]) is ("tinh", "uy") or ("huyen", "uy") or ("thanh", "uy") or ("thi", "uy") or ("quan", "uy"))
            forms.Add(string.Join(' ', words.Take(2)));
        return [.. forms.Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length)];
    }

    private static string? FromSymbol(string? symbol)
    {
        if (symbol is null)
            return null;
        var slash = symbol.LastIndexOf('/');
        return slash >= 0 && IssuerCodes.TryGetValue(symbol[(slash + 1)..].Trim(), out var name) ? name : null;
    }

    private static string Evidence(string text) => string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '.', ',', ';', ':', '*');
}
