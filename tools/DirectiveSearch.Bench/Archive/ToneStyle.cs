using System.Text;

namespace DirectiveSearch.Bench.Archive;

/// <summary>
/// The two tone-mark placements the seeds mix: old "hòa, khóa, thủy, ủy" and new "hoà, khoá, thuỷ, uỷ", and the
/// decomposed form (NFD) some tools emit. The vocabulary is written old style; a document in the new style is turned.
/// </summary>
public enum ToneStyle
{
    Old,
    New,
}

internal static class ToneStyles
{
    private static readonly (string Old, string New)[] Pairs =
    [
        ("hòa", "hoà"), ("Hòa", "Hoà"), ("khóa", "khoá"), ("Khóa", "Khoá"), ("thủy", "thuỷ"), ("Thủy", "Thuỷ"),
        ("ủy", "uỷ"), ("Ủy", "Uỷ"), ("ỦY", "UỶ"), ("hóa", "hoá"), ("Hóa", "Hoá"), ("òa", "oà"), ("họa", "hoạ"), ("hỏa", "hoả"),
    ];

    public static string Apply(string text, ToneStyle style)
    {
        if (style == ToneStyle.Old)
            return text;
        var turned = new StringBuilder(text);
        foreach (var (old, @new) in Pairs)
            turned.Replace(old, @new);
        return turned.ToString();
    }
}
