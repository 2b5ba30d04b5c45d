using System.Security.Cryptography;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Structure;
using DirectiveSearch.Core.Text;
using DirectiveSearch.Ingestion.Discovery;
using DirectiveSearch.Readers;

namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>
/// Reads one file end to end: checks its real format against its name, runs the reader,
/// normalizes the text and parses its structure, within the file's limits and on a watched thread.
/// Every failure becomes a <see cref="RejectedFile"/> with a reason; nothing thrown here can stop the run.
/// </summary>
public sealed class SourceParser(
    ReaderCatalog readers,
    ReadOptions defaults,
    IReadOnlyDictionary<string, ParsedSource>? previousByHash = null,
    TimeSpan? stuckReaderGrace = null)
{
    private readonly TimeSpan grace = stuckReaderGrace ?? TimeSpan.FromSeconds(15);

    public ParseOutcome Parse(string path, string displayPath) =>
        WatchedRead.Run(budget => Parse(path, displayPath, budget), defaults.Limits, grace, displayPath);

    private ParseOutcome Parse(string path, string displayPath, ReadBudget budget)
    {
        byte[] bytes;
        try
        {
            bytes = ReadFile(path, budget);
        }
        catch (DocumentReadException e)
        {
            return Reject(displayPath, e.Message);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Reject(displayPath, Vanished(path));
        }
        catch (UnauthorizedAccessException)
        {
            return Reject(displayPath, "không có quyền đọc tệp");
        }
        catch (IOException e)
        {
            return Reject(displayPath, $"không đọc được tệp (lỗi vào/ra: {e.Message})");
        }

        // The hash is of the very bytes parsed below: a file rewritten while the run reads it is
        // recorded as the version that was read, and the next run sees the new hash and parses again.
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        // Same bytes as a file already parsed by an earlier run: reuse its result, wherever it moved.
        if (previousByHash is not null && previousByHash.TryGetValue(hash, out var previous))
            return new ParseOutcome(previous with { File = previous.File with { Path = displayPath } }, null) { Reused = true };

        var extensionFormat = SourceFormat.ForExtension(Path.GetExtension(path));
        var sniffed = FormatSniffer.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, 4096)));
        if (sniffed == FileFormat.Empty)
            return Reject(displayPath, "tệp rỗng (0 byte)");
        if (extensionFormat is null)
            return Reject(displayPath, $"định dạng '{Path.GetExtension(path)}' không được hỗ trợ (chỉ {SourceFormat.ExtensionList})");
        // A name that lies about a format the content shows plainly (a Word file saved as .pdf) is read by its
        // content, and the file says so; content no reader knows is refused with the mismatch.
        var format = extensionFormat;
        string? mislabelNotice = null;
        if (Mislabelled(extensionFormat, sniffed) is { } mismatch)
        {
            if (ReaderFormat(sniffed) is not { } actual)
                return Reject(displayPath, mismatch);
            format = actual;
            mislabelNotice = $"{mismatch}: đã đọc theo nội dung thật của tệp (.{actual.Name})";
        }

        var reader = readers.ForFormat(format);
        ExtractedDocument extracted;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            extracted = reader.Read(stream, defaults with { SourceName = displayPath, Budget = budget });
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

        // A PDF reader may run a title into its rule or the opening clause, a signature into one line.
        var paragraphs = ParagraphRepair.Split(ParagraphText.NormalizeParagraphs(extracted.Paragraphs));
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
            extracted.PageCount)
        {
            Notices = mislabelNotice is null ? extracted.Notices : [mislabelNotice, .. extracted.Notices],
        };
        return new ParseOutcome(new ParsedSource(file, text, DocumentStructureParser.Parse(text)), null);
    }

    /// <summary>
    /// The file's bytes, read once. A zero-length file is not opened: FIFOs and devices report zero
    /// too, and opening one blocks or never ends. The size limit is held while reading as well as
    /// before, since a file can grow between the two.
    /// </summary>
    private static byte[] ReadFile(string path, ReadBudget budget)
    {
        // A link's own length is that of the path it holds; what matters is the file it leads to.
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
            info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? throw new FileNotFoundException(null, path);
        if (!info.Exists)
            throw new FileNotFoundException(null, path);
        var max = budget.Limits.MaxFileBytes;
        if (info.Length == 0)
            return [];
        if (info.Length > max)
            throw new DocumentReadException($"tệp quá lớn: {Sizes.Bytes(info.Length)}, vượt giới hạn {Sizes.Bytes(max)} cho một tệp");

        // Other programs may go on writing or deleting the file while it is read.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream((int)Math.Min(info.Length, max));
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > max)
                throw new DocumentReadException($"tệp quá lớn: lớn dần khi đang đọc, vượt giới hạn {Sizes.Bytes(max)} cho một tệp");
            buffer.Write(chunk, 0, read);
            budget.Check();
        }

        return buffer.ToArray();
    }

    private static string Vanished(string path)
    {
        try
        {
            if (new FileInfo(path).LinkTarget is { } target)
                return $"liên kết tượng trưng trỏ tới '{target}' nhưng tệp đó không tồn tại";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not even the link can be read: it vanished too.
        }

        return "tệp không còn ở đó: đã bị xoá hoặc đổi tên sau khi quét thư mục";
    }

    // Only content a reader knows for sure: an OLE file named .pdf is refused with the mismatch, not guessed at.
    private static SourceFormat? ReaderFormat(FileFormat sniffed) =>
        sniffed == FileFormat.OleCompound ? null : SourceFormat.ForContent(sniffed);

    private static string? Mislabelled(SourceFormat extensionFormat, FileFormat sniffed)
    {
        if (sniffed == extensionFormat.Content)
            return null;
        // The DOCX reader explains encrypted Office files better than a generic mismatch would.
        if (extensionFormat == SourceFormat.Docx && sniffed == FileFormat.OleCompound)
            return null;
        return $"phần mở rộng là .{extensionFormat.Name} nhưng nội dung là {FormatSniffer.Describe(sniffed)}";
    }

    private static ParseOutcome Reject(string path, string reason) => new(null, new RejectedFile(path, reason));
}
