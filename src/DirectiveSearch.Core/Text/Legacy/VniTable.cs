namespace DirectiveSearch.Core.Text.Legacy;

/// <summary>
/// VNI Windows: what a VNI-Times-style font draws at each position. Accented vowels take two characters, the
/// base letter and a character the font draws as the marks alone: "Việt Nam" is stored "Vieät Nam" (ä = circumflex
/// and dot below), "Cộng hòa xã hội chủ nghĩa" is "Coäng hoøa xaõ hoäi chuû nghóa". A few letters (đ ơ ư ĩ ỉ ị ỵ)
/// take one character of their own.
/// </summary>
/// <remarks>
/// The mark characters are mapped to Unicode combining marks, and the caller composes the result to NFC:
/// "oâ" → "o\u0302" → "ô", "ôù" → "ơ\u0301" → "ớ". That one rule also serves PDF text, where the mark is a glyph of
/// its own drawn over the base letter, and Word runs split between a letter and its mark. Lowercase mark
/// characters follow lowercase letters and capitals follow capitals ("VIEÄT"), but both mean the same marks.
/// Positions are from the VNI table of the duydev/vietnamese-conversion converter, cross-checked on the
/// words above.
/// </remarks>
public static class VniTable
{
    private const string Grave = "\u0300";
    private const string Acute = "\u0301";
    private const string Tilde = "\u0303";
    private const string Hook = "\u0309";
    private const string DotBelow = "\u0323";
    private const string Circumflex = "\u0302";
    private const string Breve = "\u0306";

    private static readonly Dictionary<char, string> Table = Build();

    /// <summary>
    /// What the font draws for <paramref name="c"/>: a letter, combining marks for the previous letter, or null
    /// when the character is drawn as itself.
    /// </summary>
    public static string? Map(char c) => Table.GetValueOrDefault(c);

    private static Dictionary<char, string> Build()
    {
        var table = new Dictionary<char, string>
        {
            // Letters of their own, capital then small.
            ['Ñ'] = "Đ", ['ñ'] = "đ",
            ['Ô'] = "Ơ", ['ô'] = "ơ",
            ['Ö'] = "Ư", ['ö'] = "ư",
            ['Ó'] = "Ĩ", ['ó'] = "ĩ",
            ['Æ'] = "Ỉ", ['æ'] = "ỉ",
            ['Ò'] = "Ị", ['ò'] = "ị",
            ['Î'] = "Ỵ", ['î'] = "ỵ",
            // ì í Ì Í are drawn as themselves.
        };

        // Mark characters: small form, capital form, marks.
        (char Small, char Capital, string Marks)[] marks =
        [
            ('ø', 'Ø', Grave),
            ('ù', 'Ù', Acute),
            ('û', 'Û', Hook),
            ('õ', 'Õ', Tilde),
            ('ï', 'Ï', DotBelow),
            ('â', 'Â', Circumflex),
            ('ê', 'Ê', Breve),
            ('á', 'Á', Circumflex + Acute),
            ('à', 'À', Circumflex + Grave),
            ('å', 'Å', Circumflex + Hook),
            ('ã', 'Ã', Circumflex + Tilde),
            ('ä', 'Ä', Circumflex + DotBelow),
            ('é', 'É', Breve + Acute),
            ('è', 'È', Breve + Grave),
            ('ú', 'Ú', Breve + Hook),
            ('ü', 'Ü', Breve + Tilde),
            ('ë', 'Ë', Breve + DotBelow),
        ];
        foreach (var (small, capital, combining) in marks)
        {
            table.Add(small, combining);
            table.Add(capital, combining);
        }

        return table;
    }
}
