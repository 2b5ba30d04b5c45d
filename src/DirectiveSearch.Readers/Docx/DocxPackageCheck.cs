using System.IO.Compression;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// Checks a file is a Word package that is safe to open before OpenXml inflates it: a ZIP holding
/// word/document.xml, within size limits (a small hostile file can inflate to gigabytes).
/// </summary>
internal static class DocxPackageCheck
{
    private const long MaxEntryBytes = 200L * 1024 * 1024;
    private const long MaxTotalBytes = 500L * 1024 * 1024;

    public static void EnsureReadable(byte[] bytes)
    {
        if (bytes.Length == 0)
            throw new DocumentReadException("Tệp rỗng (0 byte)");
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            throw new DocumentReadException("Tệp Word được mã hóa hoặc là định dạng .doc cũ (OLE), không đọc được; hãy lưu lại thành .docx không đặt mật khẩu");
        if (!bytes.AsSpan().StartsWith("PK"u8))
            throw new DocumentReadException("Tệp không phải DOCX hợp lệ (không phải gói ZIP/Office Open XML)");

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long total = 0;
            var hasDocument = false;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > MaxEntryBytes)
                    throw new DocumentReadException($"Tệp DOCX có thành phần '{entry.FullName}' giải nén quá lớn ({entry.Length / (1024 * 1024)} MB), nghi là tệp độc hại (zip bomb)");
                total += entry.Length;
                hasDocument |= string.Equals(entry.FullName, "word/document.xml", StringComparison.OrdinalIgnoreCase);
            }

            if (total > MaxTotalBytes)
                throw new DocumentReadException($"Tệp DOCX giải nén quá lớn ({total / (1024 * 1024)} MB), nghi là tệp độc hại (zip bomb)");
            if (!hasDocument)
                throw new DocumentReadException("Gói ZIP không phải tài liệu Word: thiếu word/document.xml");
        }
        catch (InvalidDataException e)
        {
            throw new DocumentReadException($"Tệp DOCX bị hỏng (gói ZIP không đọc được: {e.Message})", e);
        }
    }
}
