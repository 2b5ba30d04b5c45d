namespace DirectiveSearch.Core.Text.Legacy;

/// <summary>
/// VISCII 1.1 (RFC 1456), which .NET does not ship: every one of the 134 Vietnamese letters as one byte.
/// To fit them all it takes 80–FF whole and six C0 control positions for the capitals Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ;
/// every other byte is ASCII. Checked against libiconv's VISCII table, which follows the RFC.
/// </summary>
public static class VisciiTable
{
    private static readonly char[] High =
    [
        'Ạ', 'Ắ', 'Ằ', 'Ặ', 'Ấ', 'Ầ', 'Ẩ', 'Ậ', // 80
        'Ẽ', 'Ẹ', 'Ế', 'Ề', 'Ể', 'Ễ', 'Ệ', 'Ố', // 88
        'Ồ', 'Ổ', 'Ỗ', 'Ộ', 'Ợ', 'Ớ', 'Ờ', 'Ở', // 90
        'Ị', 'Ỏ', 'Ọ', 'Ỉ', 'Ủ', 'Ũ', 'Ụ', 'Ỳ', // 98
        'Õ', 'ắ', 'ằ', 'ặ', 'ấ', 'ầ', 'ẩ', 'ậ', // A0
        'ẽ', 'ẹ', 'ế', 'ề', 'ể', 'ễ', 'ệ', 'ố', // A8
        'ồ', 'ổ', 'ỗ', 'Ỡ', 'Ơ', 'ộ', 'ờ', 'ở', // B0
        'ị', 'Ự', 'Ứ', 'Ừ', 'Ử', 'ơ', 'ớ', 'Ư', // B8
        'À', 'Á', 'Â', 'Ã', 'Ả', 'Ă', 'ẳ', 'ẵ', // C0
        'È', 'É', 'Ê', 'Ẻ', 'Ì', 'Í', 'Ĩ', 'ỳ', // C8
        'Đ', 'ứ', 'Ò', 'Ó', 'Ô', 'ạ', 'ỷ', 'ừ', // D0
        'ử', 'Ù', 'Ú', 'ỹ', 'ỵ', 'Ý', 'ỡ', 'ư', // D8
        'à', 'á', 'â', 'ã', 'ả', 'ă', 'ữ', 'ẫ', // E0
        'è', 'é', 'ê', 'ẻ', 'ì', 'í', 'ĩ', 'ỉ', // E8
        'đ', 'ự', 'ò', 'ó', 'ô', 'õ', 'ỏ', 'ọ', // F0
        'ụ', 'ù', 'ú', 'ũ', 'ủ', 'ý', 'ợ', 'Ữ', // F8
    ];

    /// <summary>The character of one VISCII byte.</summary>
    public static char Decode(byte b) => b switch
    {
        >= 0x80 => High[b - 0x80],
        0x02 => 'Ẳ',
        0x05 => 'Ẵ',
        0x06 => 'Ẫ',
        0x14 => 'Ỷ',
        0x19 => 'Ỹ',
        0x1E => 'Ỵ',
        _ => (char)b,
    };

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                chars[i] = Decode(source[i]);
        });
    }
}
