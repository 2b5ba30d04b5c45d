using System.Text;

namespace DirectiveSearch.Readers.PlainText;

/// <summary>
/// Decodes the bytes of a text file: UTF-8 with or without BOM, UTF-16 LE/BE with BOM.
/// Anything else is refused with a reason rather than decoded into mojibake.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
            throw new DocumentReadException("Tệp rỗng (0 byte)");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return DecodeUtf16(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return DecodeUtf16(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]);

        // A NUL byte never occurs in UTF-8 text; without a BOM it means a binary file (or BOM-less UTF-16).
        if (bytes.IndexOf((byte)0) >= 0)
            throw new DocumentReadException("Tệp không phải văn bản (chứa byte nhị phân)");
        return DecodeUtf8(bytes);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DocumentReadException("Tệp văn bản không phải UTF-8 hoặc UTF-16 có BOM (có thể là bảng mã cũ TCVN3/VNI)");
        }
    }

    private static string DecodeUtf16(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DocumentReadException("Tệp UTF-16 bị hỏng (chuỗi byte không hợp lệ)");
        }
    }
}
