using System.Text;
using DirectiveSearch.Core.Text.Legacy;

namespace DirectiveSearch.Readers.PlainText;

/// <summary>
/// Decodes the bytes of a text file: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and failing UTF-8
/// the legacy Vietnamese encodings (Windows-1258, VISCII, TCVN3, VNI) when one of them reads as Vietnamese
/// (<see cref="LegacyTextDetector"/>). Anything else is refused with a reason rather than decoded into mojibake.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
            throw new DocumentReadException("Tệp rỗng (0 byte)");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new DecodedText(DecodeUtf8(bytes[3..]), null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new DecodedText(DecodeUtf16(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]), null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new DecodedText(DecodeUtf16(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]), null);

        // A NUL byte never occurs in UTF-8 text; without a BOM it means a binary file (or BOM-less UTF-16).
        if (bytes.IndexOf((byte)0) >= 0)
            throw new DocumentReadException("Tệp không phải văn bản (chứa byte nhị phân)");
        if (TryDecodeUtf8(bytes) is { } text)
            return new DecodedText(text, null);

        // UTF-8 first: legacy bytes (0x80 and up, scattered) almost never form valid UTF-8, while a legacy
        // reading of UTF-8 text would always "succeed". Only text UTF-8 rejects is tried in the old encodings.
        if (LegacyTextDetector.Detect(bytes) is { } legacy)
            return new DecodedText(legacy.Text, legacy);
        throw new DocumentReadException(
            "Tệp văn bản không phải UTF-8 hoặc UTF-16 có BOM, và không đọc được thành tiếng Việt theo bảng mã cũ nào (TCVN3, VNI, VISCII, Windows-1258)");
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes) =>
        TryDecodeUtf8(bytes) ?? throw new DocumentReadException("Tệp văn bản có BOM UTF-8 nhưng nội dung không phải UTF-8 hợp lệ");

    private static string? TryDecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
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
