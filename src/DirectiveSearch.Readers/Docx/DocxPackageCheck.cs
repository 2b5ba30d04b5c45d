using System.IO.Compression;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// Looks inside the ZIP before OpenXml inflates anything: refuses archives that would inflate to
/// hundreds of megabytes (a small hostile file can), that list more entries than a document has,
/// or whose entries claim a compression ratio only a zip bomb reaches; and archives that are not
/// Word documents, naming what they are instead. Everything here is read from the central
/// directory: nothing is inflated.
/// </summary>
internal static class DocxPackageCheck
{
    private const string ContentTypes = "[Content_Types].xml";

    /// <summary>Returns the main document's entry name; leaves <paramref name="package"/> at position 0.</summary>
    public static string EnsureWordPackage(Stream package, ReadLimits limits)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string mainDocument;
        try
        {
            package.Position = 0;
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxZipEntries)
                throw new DocumentReadException(
                    $"Tệp DOCX bị từ chối: gói có {zip.Entries.Count} thành phần, vượt giới hạn {limits.MaxZipEntries} (nghi là tệp nén độc hại)");
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                // Length is the size declared in the central directory; .NET stops inflating an entry
                // at its declared size, and DocxXmlCheck caps what is actually read besides.
                if (entry.Length > limits.MaxZipEntryBytes)
                    throw new DocumentReadException(
                        $"Tệp DOCX bị từ chối: thành phần '{entry.FullName}' giải nén ra {Megabytes(entry.Length)} MB, vượt giới hạn {Megabytes(limits.MaxZipEntryBytes)} MB (nghi là tệp nén độc hại, zip bomb)");
                total += entry.Length;
                names.Add(entry.FullName);
            }

            mainDocument = MainDocumentLocator.Find(zip);

            if (total > limits.MaxZipTotalBytes)
                throw new DocumentReadException(
                    $"Tệp DOCX bị từ chối: giải nén ra tổng cộng {Megabytes(total)} MB, vượt giới hạn {Megabytes(limits.MaxZipTotalBytes)} MB (nghi là tệp nén độc hại, zip bomb)");

            // Sizes first, ratios after: "inflates to 570 MB" says more to a user than "compresses 900×".
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > limits.RatioFloorBytes && entry.Length > limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                    throw new DocumentReadException(
                        $"Tệp DOCX bị từ chối: thành phần '{entry.FullName}' nén {entry.Length / Math.Max(1, entry.CompressedLength)} lần, vượt tỉ lệ {limits.MaxCompressionRatio:0} lần (nghi là tệp nén độc hại, zip bomb)");
            }
        }
        catch (InvalidDataException e)
        {
            throw new DocumentReadException("Tệp DOCX bị hỏng: gói ZIP không đọc được (có thể tệp bị cắt cụt khi tải về hoặc sao chép)", e);
        }
        finally
        {
            package.Position = 0;
        }

        EnsureWord(names, mainDocument);
        return mainDocument;
    }

    private static void EnsureWord(HashSet<string> names, string mainDocument)
    {
        // Excel and PowerPoint packages name their own main part (xl/workbook.xml, ppt/presentation.xml).
        var found = names.Contains(mainDocument);
        if (IsUnder(mainDocument, "xl/") || (!found && names.Any(name => IsUnder(name, "xl/"))))
            throw new DocumentReadException("Tệp không phải tài liệu Word: đây là bảng tính Excel (.xlsx)");
        if (IsUnder(mainDocument, "ppt/") || (!found && names.Any(name => IsUnder(name, "ppt/"))))
            throw new DocumentReadException("Tệp không phải tài liệu Word: đây là bản trình chiếu PowerPoint (.pptx)");
        if (found)
            return;
        if (names.Contains("mimetype") && names.Contains("content.xml"))
            throw new DocumentReadException("Tệp không phải DOCX: đây là tệp OpenDocument (.odt); hãy mở và lưu lại thành .docx");
        throw new DocumentReadException(names.Contains(ContentTypes)
            ? $"Tệp DOCX bị hỏng: thiếu phần nội dung chính {mainDocument}"
            : $"Gói ZIP không phải tài liệu Word: thiếu {mainDocument}");
    }

    private static bool IsUnder(string name, string folder) => name.StartsWith(folder, StringComparison.OrdinalIgnoreCase);

    private static long Megabytes(long bytes) => bytes / (1024 * 1024);
}
