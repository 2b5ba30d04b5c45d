namespace DirectiveSearch.Core.Text.Legacy;

/// <summary>The names users know the encodings by, for notices shown to them.</summary>
public static class LegacyEncodingNames
{
    public static string Of(LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => "TCVN3 (ABC)",
        LegacyEncoding.Vni => "VNI",
        LegacyEncoding.Viscii => "VISCII",
        LegacyEncoding.Windows1258 => "Windows-1258",
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };
}
