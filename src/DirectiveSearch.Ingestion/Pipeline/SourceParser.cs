using System.Security.Cryptography;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Structure;
using DirectiveSearch.Core.Text;
using DirectiveSearch.Ingestion.Discovery;
using DirectiveSearch.Readers;

namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>
/// Reads one file end to end: checks its real format against its name, runs the reader,
/// normalizes the text and parses its structure. Every failure becomes a <see cref="RejectedFile"/>
/// with a reason; nothing thrown here can stop the run.
/// </summary>
public sealed class SourceParser(ReaderCatalog readers, ReadOptions defaults, IReadOnlyDictionary<string, ParsedSource>? previousByHash = null)
{
    public ParseOutcome Parse(string path, string displayPath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Reject(displayPath, $"không đọc được tệp: {e.Message}");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        // Same bytes as a file already parsed by an earlier run: reuse its result, wherever it moved.
        if (previousByHash is not null && previousByHash.TryGetValue(hash, out var previous))
            return new ParseOutcome(previous with { File = previous.File with { Path = displayPath } }, null) { Reused = true };

        var extensionFormat = readers.FormatForExtension(Path.GetExtension(path));
        var sniffed = FormatSniffer.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, 4096)));
        if (sniffed == FileFormat.Empty)
            return Reject(displayPath, "tệp rỗng (0 byte)");
        if (extensionFormat is null)
            return Reject(displayPath, $"định dạng '{Path.GetExtension(path)}' không được hỗ trợ (chỉ .txt, .md, .docx, .pdf)");
        if (Mislabelled(extensionFormat, sniffed) is { } mismatch)
            return Reject(displayPath, mismatch);

        var reader = readers.ForFormat(extensionFormat);
        ExtractedDocument extracted;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            extracted = reader.Read(stream, defaults with { SourceName = displayPath });
        }
        catch (DocumentReadException e)
        {
            return Reject(displayPath, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader bug or a library failing on a hostile file must not end the run.
            return Reject(displayPath, $"lỗi khi đọc tệp ({e.GetType().Name}: {e.Message})");
        }

        var paragraphs = ParagraphText.NormalizeParagraphs(extracted.Paragraphs);
        if (paragraphs.Count == 0)
            return Reject(displayPath, "không tìm thấy nội dung văn bản trong tệp");
        var text = ParagraphText.Join(paragraphs);
        var file = new SourceFile(
            displayPath,
            Path.GetExtension(path).TrimStart('.').ToLowerInvariant(),
            extracted.UsedOcr,
            extracted.OcrPages,
            hash,
            bytes.LongLength,
            extracted.PageCount);
        return new ParseOutcome(new ParsedSource(file, text, DocumentStructureParser.Parse(text)), null) { Notices = extracted.Notices };
    }

    private static string? Mislabelled(string extensionFormat, FileFormat sniffed)
    {
        var expected = extensionFormat switch
        {
            "pdf" => FileFormat.Pdf,
            "docx" => FileFormat.Zip,
            _ => FileFormat.Text,
        };
        if (sniffed == expected)
            return null;
        // The DOCX reader explains encrypted Office files better than a generic mismatch would.
        if (extensionFormat == "docx" && sniffed == FileFormat.OleCompound)
            return null;
        return $"phần mở rộng là .{extensionFormat} nhưng nội dung là {FormatSniffer.Describe(sniffed)}";
    }

    private static ParseOutcome Reject(string path, string reason) => new(null, new RejectedFile(path, reason));
}
