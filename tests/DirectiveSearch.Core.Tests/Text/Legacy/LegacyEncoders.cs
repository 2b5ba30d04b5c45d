using System.Text;
using DirectiveSearch.Core.Text.Legacy;
using DirectiveSearch.Core.Text.ToneMarks;

namespace DirectiveSearch.Core.Tests.Text.Legacy;

/// <summary>
/// Writes Unicode text in the legacy encodings, to make test files of real corpus text. The TCVN3, VNI and
/// VISCII encoders are the inverses of the production tables (the tables themselves are checked against
/// known words in their own tests); Windows-1258 goes through .NET's code page with tones split off.
/// </summary>
internal static class LegacyEncoders
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly Encoding Windows1258 = CodePagesEncodingProvider.Instance.GetEncoding(
        1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    private static readonly string[] ToneMarks = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

    private static readonly Lazy<Dictionary<char, string>> Tcvn3 = new(() =>
    {
        var inverse = new Dictionary<char, string>();
        for (var c = '\u00A0'; c <= '\u00FF'; c++)
        {
            if (Tcvn3Table.IsLetterPosition(c))
                inverse.TryAdd(Tcvn3Table.Map(c), c.ToString());
        }

        AddDrawnAsThemselves(inverse, c => Tcvn3Table.Map(c) == c);

        return inverse;
    });

    private static readonly Lazy<Dictionary<char, string>> Vni = new(() =>
    {
        var font = new LegacyFont(LegacyEncoding.Vni, false);
        var inverse = new Dictionary<char, string>();
        var singles = Enumerable.Range(0xC0, 0x40).Select(c => (char)c).Where(c => VniTable.Map(c) is { Length: 1 }).ToList();
        foreach (var c in singles)
            inverse.TryAdd(VniTable.Map(c)![0], c.ToString());
        var marks = Enumerable.Range(0xC0, 0x40).Select(c => (char)c).Where(c => VniTable.Map(c) is { } m && m[0] >= '\u0300' && m[0] <= '\u036F').ToList();
        foreach (var b in "aeiouyAEIOUY".Concat(singles))
        {
            foreach (var m in marks.Where(m => char.IsUpper(m) == char.IsUpper(b)))
            {
                var decoded = LegacyFontText.Convert($"{b}{m}", font);
                if (decoded.Length == 1)
                    inverse.TryAdd(decoded[0], $"{b}{m}");
            }
        }

        AddDrawnAsThemselves(inverse, c => VniTable.Map(c) is null);

        return inverse;
    });

    private static readonly Lazy<Dictionary<char, byte>> Viscii = new(() =>
    {
        var inverse = new Dictionary<char, byte>();
        for (var b = 0; b < 256; b++)
            inverse.TryAdd(VisciiTable.Decode((byte)b), (byte)b);
        return inverse;
    });

    public static byte[] Encode(string text, LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => Windows1252.GetBytes(Map(text, Tcvn3.Value)),
        LegacyEncoding.Vni => Windows1252.GetBytes(Map(text, Vni.Value)),
        LegacyEncoding.Viscii => [.. text.Select(c => Viscii.Value.TryGetValue(c, out var b) ? b : throw new ArgumentException($"'{c}' is not in VISCII"))],
        LegacyEncoding.Windows1258 => Windows1258.GetBytes(SplitTones(text)),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    /// <summary>The text as a legacy font stores it in a .docx: the Windows-1252 characters of its bytes.</summary>
    public static string FontText(string text, LegacyEncoding encoding) => Windows1252.GetString(Encode(text, encoding));

    // Letters a font draws as themselves (ý in TCVN3, í in VNI) are written as they are.
    private static void AddDrawnAsThemselves(Dictionary<char, string> inverse, Func<char, bool> drawnAsItself)
    {
        for (var c = '\u00C0'; c <= '\u00FF'; c++)
        {
            if (char.IsLetter(c) && drawnAsItself(c))
                inverse.TryAdd(c, c.ToString());
        }
    }

    private static string Map(string text, Dictionary<char, string> inverse)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (c < 0x80)
                builder.Append(c);
            else if (inverse.TryGetValue(c, out var encoded))
                builder.Append(encoded);
            else
                throw new ArgumentException($"'{c}' has no legacy form");
        }

        return builder.ToString();
    }

    // Windows-1258 has the quality-marked vowels (ê, ơ, ă...) but writes every tone as a combining mark.
    private static string SplitTones(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (VietnameseVowels.TryDecompose(c, out var baseVowel, out var tone))
                builder.Append(baseVowel).Append(ToneMarks[(int)tone]);
            else
                builder.Append(c);
        }

        return builder.ToString();
    }
}
