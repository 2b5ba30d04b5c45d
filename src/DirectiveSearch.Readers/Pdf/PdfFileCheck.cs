using System.Text;

namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// Tells from the bytes alone what is wrong with a file handed to the PDF reader, so the user hears
/// "this is a Word file" rather than a parser's complaint about a missing cross-reference table.
/// </summary>
internal static class PdfFileCheck
{
    // The specification lets junk precede the header; readers accept it within the first kilobyte.
    private const int HeaderWindow = 1024;

    private const int TrailerWindow = 2048;

    private static readonly byte[] Header = "%PDF-"u8.ToArray();
    private static readonly byte[] EndOfFile = "%%EOF"u8.ToArray();

    public static void EnsurePdf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
            throw new DocumentReadException("Tệp rỗng (0 byte)");
        if (bytes[..Math.Min(bytes.Length, HeaderWindow)].IndexOf(Header) < 0)
            throw new DocumentReadException($"Tệp không phải PDF: không có phần đầu %PDF{Guess(bytes)}");
    }

    /// <summary>Why a file with a PDF header could not be parsed, as far as the bytes tell.</summary>
    public static string DamageReason(ReadOnlySpan<byte> bytes) =>
        bytes[Math.Max(0, bytes.Length - TrailerWindow)..].IndexOf(EndOfFile) < 0
            ? "Tệp PDF bị hỏng: thiếu phần cuối tệp (%%EOF), có thể tệp bị cắt cụt do tải về hoặc sao chép chưa hết"
            : "Tệp PDF bị hỏng: cấu trúc tệp không hợp lệ, không đọc được";

    private static string Guess(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8))
            return " (có vẻ là tệp Word .docx hoặc tệp nén ZIP)";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            return " (có vẻ là tệp Word/Excel đời cũ .doc/.xls)";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            return " (có vẻ là tệp ảnh PNG/JPEG)";
        if (bytes.StartsWith("{\\rtf"u8))
            return " (có vẻ là tệp RTF)";
        var start = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 256)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith('<'))
            return " (có vẻ là trang web HTML hoặc tệp XML)";
        return string.Empty;
    }
}
