using System.Text;

namespace DirectiveSearch.Core.Text.Legacy;

/// <summary>
/// Decodes the bytes of a text file written in a legacy encoding to NFC Unicode. TCVN3 and VNI files are
/// Windows-1252 bytes read through the font's table; Windows-1258 writes tones as separate combining marks
/// ("Vie\u0323t" with ê at 0xEA), which NFC composes.
/// </summary>
public static class LegacyByteDecoder
{
    private static readonly Encoding Windows1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258)
        ?? throw new InvalidOperationException("The Windows-1258 code page is not available.");

    public static string Decode(ReadOnlySpan<byte> bytes, LegacyEncoding encoding)
    {
        var text = encoding switch
        {
            LegacyEncoding.Windows1258 => Windows1258.GetString(bytes),
            LegacyEncoding.Viscii => VisciiTable.Decode(bytes),
            LegacyEncoding.Tcvn3 => LegacyFontText.Convert(Windows1252.Encoding.GetString(bytes), new LegacyFont(LegacyEncoding.Tcvn3, false)),
            LegacyEncoding.Vni => LegacyFontText.Convert(Windows1252.Encoding.GetString(bytes), new LegacyFont(LegacyEncoding.Vni, false)),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
        };
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }
}
