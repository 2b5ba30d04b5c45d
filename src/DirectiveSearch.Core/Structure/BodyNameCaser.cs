using System.Text;
using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// Writes an issuing body's name, printed in capitals in a header ("BAN TUYÊN GIÁO TỈNH ỦY NAM ĐỊNH"), as
/// official style writes it in running text ("Ban Tuyên giáo Tỉnh ủy Nam Định"): Nghị định 30/2020/NĐ-CP
/// and Hướng dẫn 36-HD/VPTW capitalise the first syllable, the words naming a body's kind and its field
/// ("Bộ Lao động - Thương binh và Xã hội": each item of the field), and proper names; the rest is lower
/// case. The fixed names below are the ones the bench's running text writes one way ("Bộ trưởng Bộ Công
/// Thương", "Ngân hàng Nhà nước", "Ủy ban nhân dân tỉnh"). Tone placement ("ủy"/"uỷ") is kept as written.
/// A name not in capitals is returned as it is.
/// </summary>
public static partial class BodyNameCaser
{
    private enum Role
    {
        /// <summary>A body's kind; the syllable after it opens its field: "Bộ" Tài chính, "Ban" Tuyên giáo.</summary>
        Head,

        /// <summary>A Party committee of a place; the syllables after it are the place's name: "Tỉnh ủy" Nam Định.</summary>
        Committee,

        /// <summary>A unit of territory, itself lower case; the syllables after it are its name: "tỉnh" Quảng Nam.</summary>
        Place,

        /// <summary>A name written one way whatever follows: "Quốc hội", "Ủy ban nhân dân".</summary>
        Fixed,

        /// <summary>An ordinary word, which must be read whole so its syllables are not taken for a place word: "xã hội".</summary>
        Word,
    }

    // Each entry: the syllables (capitals, old tone placement) and which of them take a capital.
    private static readonly (string[] Syllables, bool[] Capital, Role Role)[] Lexicon = Build(
    [
        ("BAN CHẤP HÀNH TRUNG ƯƠNG", "11010", Role.Fixed),
        ("BỘ CHÍNH TRỊ", "110", Role.Fixed),
        ("BAN BÍ THƯ", "110", Role.Fixed),
        ("BỘ CÔNG THƯƠNG", "111", Role.Fixed),
        ("THỦ TƯỚNG CHÍNH PHỦ", "1010", Role.Fixed),
        ("BỘ TRƯỞNG", "10", Role.Fixed),
        ("CHỦ TỊCH", "10", Role.Fixed),
        ("THỐNG ĐỐC", "10", Role.Fixed),
        ("TỔNG KIỂM TOÁN", "100", Role.Fixed),
        ("CHÍNH PHỦ", "10", Role.Fixed),
        ("QUỐC HỘI", "10", Role.Fixed),
        ("CHỦ TỊCH NƯỚC", "100", Role.Fixed),
        ("ỦY BAN NHÂN DÂN", "1000", Role.Fixed),
        ("HỘI ĐỒNG NHÂN DÂN", "1000", Role.Fixed),
        ("TÒA ÁN NHÂN DÂN", "1000", Role.Fixed),
        ("VIỆN KIỂM SÁT NHÂN DÂN", "10000", Role.Fixed),
        ("NHÂN DÂN", "00", Role.Fixed),
        ("TỐI CAO", "00", Role.Fixed),
        ("NGÂN HÀNG NHÀ NƯỚC", "1010", Role.Fixed),
        ("KIỂM TOÁN NHÀ NƯỚC", "1000", Role.Fixed),
        ("BẢO HIỂM XÃ HỘI", "1000", Role.Fixed),
        ("MẶT TRẬN TỔ QUỐC", "1010", Role.Fixed),
        ("ĐẢNG CỘNG SẢN", "110", Role.Fixed),
        ("TRUNG ƯƠNG", "10", Role.Fixed),
        ("VIỆT NAM DÂN CHỦ CỘNG HÒA", "111010", Role.Fixed),
        ("VIỆT NAM", "11", Role.Fixed),
        ("HỒ CHÍ MINH", "111", Role.Fixed),
        ("ĐẢNG", "1", Role.Fixed),
        ("TỈNH ỦY", "10", Role.Committee),
        ("THÀNH ỦY", "10", Role.Committee),
        ("HUYỆN ỦY", "10", Role.Committee),
        ("QUẬN ỦY", "10", Role.Committee),
        ("THỊ ỦY", "10", Role.Committee),
        ("ĐẢNG ỦY", "10", Role.Head),
        ("ĐẢNG BỘ", "10", Role.Head),
        ("CHI BỘ", "10", Role.Head),
        ("BAN THƯỜNG VỤ", "110", Role.Fixed),
        ("ỦY BAN", "10", Role.Head),
        ("HỘI ĐỒNG", "10", Role.Head),
        ("VĂN PHÒNG", "10", Role.Head),
        ("TỔNG CỤC", "10", Role.Head),
        ("HỌC VIỆN", "10", Role.Head),
        ("THANH TRA", "10", Role.Head),
        ("BỘ", "1", Role.Head),
        ("BAN", "1", Role.Head),
        ("SỞ", "1", Role.Head),
        ("CỤC", "1", Role.Head),
        ("VỤ", "1", Role.Head),
        ("VIỆN", "1", Role.Head),
        ("THÀNH PHỐ", "00", Role.Place),
        ("THỊ XÃ", "00", Role.Place),
        ("THỊ TRẤN", "00", Role.Place),
        ("TỈNH", "0", Role.Place),
        ("HUYỆN", "0", Role.Place),
        ("QUẬN", "0", Role.Place),
        ("XÃ", "0", Role.Place),
        ("PHƯỜNG", "0", Role.Place),
        ("ĐẶC KHU", "00", Role.Place),
        ("XÃ HỘI", "00", Role.Word),
        ("THỊ TRƯỜNG", "00", Role.Word),
        ("THÀNH PHẦN", "00", Role.Word),
    ]);

    public static string Case(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = Tokenize(name);
        if (!tokens.Any(t => t.IsWord && t.Text.Any(char.IsUpper)) || tokens.Any(t => t.IsWord && t.Text.Any(char.IsLower)))
            return name;

        var output = new string[tokens.Count];
        var mode = Role.Word; // Word: lower case; Head: the next syllable opens a field; Place: a proper name runs.
        var fieldOpen = false; // inside a field, "và", "," and "-" open its next item
        var capitalNext = true; // the name's first syllable
        var previous = string.Empty;
        var firstWord = tokens.FindIndex(t => t.IsWord);
        var afterPlainSyllable = false; // "THƯỜNG VỤ", "NỘI VỤ": a one-syllable kind inside a field is no kind
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                output[i] = token.Text;
                if (fieldOpen && token.Text.Trim() is "," or "-" or "–")
                    capitalNext = true;
                continue;
            }

            // "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TW": the header's short form of Trung ương, written out in running text.
            if (token.Text == "TW")
            {
                output[i] = "Trung ương";
                previous = "TRUNG ƯƠNG";
                capitalNext = false;
                continue;
            }

            if (IsKept(token.Text, previous))
            {
                output[i] = token.Text;
                previous = Fold(token.Text);
                capitalNext = false;
                continue;
            }

            if (Match(tokens, i, afterPlainSyllable) is { } entry && !(mode == Role.Place && Lexicon[entry.Index].Role == Role.Word))
            {
                var (syllables, capital, role) = Lexicon[entry.Index];
                for (var k = 0; k < syllables.Length; k++)
                {
                    var at = entry.Positions[k];
                    // A unit of territory stays lower case after a body's kind ("Đảng bộ tỉnh"), not at the name's start.
                    output[at] = Write(tokens[at].Text, capital[k] || (k == 0 && capitalNext && (role != Role.Place || i == firstWord)));
                }

                for (var at = i; at <= entry.Positions[^1]; at++)
                    output[at] ??= tokens[at].Text;
                (mode, fieldOpen, capitalNext) = role switch
                {
                    Role.Head => (Role.Head, false, true),
                    Role.Committee or Role.Place => (Role.Place, false, false),
                    Role.Word => (mode, fieldOpen, false),
                    _ => (Role.Word, false, false),
                };
                previous = Fold(tokens[entry.Positions[^1]].Text);
                afterPlainSyllable = false;
                i = entry.Positions[^1];
                continue;
            }

            var folded = Fold(token.Text);
            // "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh": a bloc of "các ..." is described, not a field
            // whose every item takes a capital ("Bộ Văn hóa, Thể thao và Du lịch").
            if (mode == Role.Head && capitalNext)
                fieldOpen = !(folded == "KHỐI" && NextWord(tokens, i) == "CÁC");
            output[i] = Write(token.Text, capitalNext || mode == Role.Place);
            capitalNext = fieldOpen && folded == "VÀ";
            if (capitalNext)
                output[i] = Write(token.Text, false);
            if (mode == Role.Head)
                mode = Role.Word;
            previous = folded;
            afterPlainSyllable = mode != Role.Place;
        }

        return string.Concat(output);
    }

    private static string? NextWord(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count; k++)
        {
            if (tokens[k].IsWord)
                return Fold(tokens[k].Text);
        }

        return null;
    }

    // Acronyms ("UBND", "HĐND", "MTTQ") are no Vietnamese syllable; Roman numerals are kept after "khóa"
    // (Quốc hội khóa XV).
    private static bool IsKept(string syllable, string previous) =>
        syllable.Any(char.IsDigit)
        || !Syllable().IsMatch(Bare(syllable))
        || previous is "KHÓA" && syllable.All(c => "IVXLCDM".Contains(c));

    // Initial consonant, vowels, final consonant, letters without their marks.
    [GeneratedRegex("^(?:NGH|NG|GH|GI|KH|NH|PH|QU|TH|TR|CH|[BCDGHKLMNPRSTVX])?[AEIOUY]+(?:NG|NH|CH|[CMNPT])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Syllable();

    private static string Bare(string syllable)
    {
        var decomposed = syllable.ToUpperInvariant().Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
    }

    private static string Write(string syllable, bool capital)
    {
        var lower = syllable.ToLowerInvariant();
        return capital ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
    }

    // The longest lexicon entry whose syllables start at token i, skipping the spaces between them.
    private static (int Index, int[] Positions)? Match(IReadOnlyList<Token> tokens, int i, bool afterPlainSyllable)
    {
        (int Index, int[] Positions)? best = null;
        for (var e = 0; e < Lexicon.Length; e++)
        {
            var syllables = Lexicon[e].Syllables;
            if (best is { } b && Lexicon[b.Index].Syllables.Length >= syllables.Length)
                continue;
            if (afterPlainSyllable && syllables.Length == 1 && Lexicon[e].Role == Role.Head)
                continue;
            var positions = new int[syllables.Length];
            var at = i;
            var ok = true;
            for (var k = 0; k < syllables.Length && ok; k++)
            {
                while (k > 0 && at < tokens.Count && !tokens[at].IsWord && tokens[at].Text.Trim().Length == 0)
                    at++;
                ok = at < tokens.Count && tokens[at].IsWord && Fold(tokens[at].Text) == syllables[k];
                positions[k] = at;
                at++;
            }

            if (ok)
                best = (e, positions);
        }

        return best;
    }

    private sealed record Token(string Text, bool IsWord);

    private static List<Token> Tokenize(string name)
    {
        var tokens = new List<Token>();
        var current = new StringBuilder();
        bool? inWord = null;
        foreach (var c in name)
        {
            var isWord = char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
            if (inWord is { } w && w != isWord)
            {
                tokens.Add(new Token(current.ToString(), w));
                current.Clear();
            }

            current.Append(c);
            inWord = isWord;
        }

        if (inWord is { } last)
            tokens.Add(new Token(current.ToString(), last));
        return tokens;
    }

    // Capitals, old tone placement: "UỶ" and "ỦY", "KHOÁ" and "KHÓA" are one syllable.
    private static string Fold(string syllable)
    {
        var upper = syllable.Normalize(NormalizationForm.FormC).ToUpperInvariant();
        // Only an open syllable moves its mark: "KHOÁ" is "KHÓA", "TOÁN" stays.
        return upper.EndsWith("UỶ", StringComparison.Ordinal) ? upper[..^2] + "ỦY"
            : upper.EndsWith("OÁ", StringComparison.Ordinal) ? upper[..^2] + "ÓA"
            : upper.EndsWith("OÀ", StringComparison.Ordinal) ? upper[..^2] + "ÒA"
            : upper;
    }

    private static (string[] Syllables, bool[] Capital, Role Role)[] Build((string Name, string Mask, Role Role)[] entries) =>
        [.. entries.Select(e => e.Name.Split(' ').Length == e.Mask.Length
            ? (e.Name.Split(' '), e.Mask.Select(c => c == '1').ToArray(), e.Role)
            : throw new InvalidOperationException($"body-name lexicon: \"{e.Name}\" has {e.Name.Split(' ').Length} syllables, its mask {e.Mask.Length}"))];
}
