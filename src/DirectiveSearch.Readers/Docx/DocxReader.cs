using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// Reads Word (.docx) files: body paragraphs, table cells, text boxes, then footnotes and endnotes,
/// in document order. Files are checked before they are opened, and every failure is a
/// <see cref="DocumentReadException"/> saying what is wrong with the file.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    public string Format => "docx";

    public ExtractedDocument Read(Stream content, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            content.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        DocxPackageCheck.EnsureReadable(bytes);
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            var main = document.MainDocumentPart ?? throw new DocumentReadException("Tài liệu Word không có phần nội dung chính");
            var collector = new DocxParagraphCollector();
            if (main.Document?.Body is { } body)
                collector.CollectBlocks(body);
            foreach (var note in main.FootnotesPart?.Footnotes?.Elements<Footnote>() ?? [])
            {
                if (IsContentNote(note.Type?.Value))
                    collector.CollectBlocks(note);
            }

            foreach (var note in main.EndnotesPart?.Endnotes?.Elements<Endnote>() ?? [])
            {
                if (IsContentNote(note.Type?.Value))
                    collector.CollectBlocks(note);
            }

            if (collector.Paragraphs.Count == 0)
                throw new DocumentReadException("Tài liệu không có nội dung văn bản");
            return ExtractedDocument.FromParagraphs(collector.Paragraphs);
        }
        catch (Exception e) when (e is OpenXmlPackageException or XmlException or InvalidDataException or FileFormatException or IOException)
        {
            throw new DocumentReadException($"Tệp DOCX bị hỏng, không đọc được ({e.Message})", e);
        }
    }

    // Separator notes hold the line drawn above footnotes, not text.
    private static bool IsContentNote(FootnoteEndnoteValues? type) =>
        type is null || type == FootnoteEndnoteValues.Normal;
}
