using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// Opens a checked package read-only and collects its stories in reading order: the body, then
/// footnotes, then endnotes. What the SDK throws on a damaged package becomes a reason naming the
/// damage, and the damaged part when it is known.
/// </summary>
internal static class DocxDocumentText
{
    /// <returns>The paragraphs, and the notices of text converted from legacy fonts.</returns>
    public static (IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Notices) Read(Stream package, ReadLimits limits)
    {
        // DocxXmlCheck has already held every part to the limit; the SDK's own cap backs it up.
        var settings = new OpenSettings { MaxCharactersInPart = limits.MaxXmlCharacters };
        using var document = Guard(() => WordprocessingDocument.Open(package, isEditable: false, settings), part: null);
        // The SDK resolves every relationship of the package the first time any part's XML is loaded;
        // doing it here first keeps a broken relationship from being blamed on word/document.xml.
        Guard(() => document.GetAllParts().Count(), part: null);
        var main = document.MainDocumentPart
            ?? throw new DocumentReadException("Tệp DOCX bị hỏng hoặc không phải tài liệu Word: không có phần nội dung chính");
        var styles = StyleFonts(main.StyleDefinitionsPart, limits.MaxXmlCharacters);
        var notices = new LegacyConversionNotices("đoạn chữ");
        var collector = new DocxParagraphCollector(new DocxRunFonts(styles), notices);

        if (Load(main, part => part.Document)?.Body is { } body)
            collector.CollectStory(body);
        foreach (var note in Load(main.FootnotesPart, part => part.Footnotes)?.Elements<Footnote>() ?? [])
        {
            if (HoldsText(note.Type))
                collector.CollectStory(note);
        }

        foreach (var note in Load(main.EndnotesPart, part => part.Endnotes)?.Elements<Endnote>() ?? [])
        {
            if (HoldsText(note.Type))
                collector.CollectStory(note);
        }

        return (collector.Paragraphs, notices.Messages());
    }

    // Styles only tell which runs inherit a legacy font: a damaged styles.xml costs that, not the document.
    private static DocxStyleFonts StyleFonts(StyleDefinitionsPart? part, long maxCharacters)
    {
        if (part is null)
            return DocxStyleFonts.None;
        try
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            return DocxStyleFonts.Read(stream, maxCharacters);
        }
        catch (Exception e) when (e is XmlException or IOException or InvalidDataException)
        {
            return DocxStyleFonts.None;
        }
    }

    private static TRoot? Load<TPart, TRoot>(TPart? part, Func<TPart, TRoot?> root)
        where TPart : OpenXmlPart
        where TRoot : OpenXmlPartRootElement =>
        part is null ? null : Guard(() => root(part), part.Uri.OriginalString.TrimStart('/'));

    private static T Guard<T>(Func<T> step, string? part)
    {
        try
        {
            return step();
        }
        catch (XmlException e)
        {
            var where = part ?? "phần mô tả gói ([Content_Types].xml hoặc _rels)";
            throw new DocumentReadException(
                $"Tệp DOCX bị hỏng: nội dung XML của {where} không đọc được (dòng {e.LineNumber}, vị trí {e.LinePosition})", e);
        }
        catch (InvalidOperationException e)
        {
            throw new DocumentReadException("Tệp DOCX bị hỏng: gói tham chiếu tới một thành phần không có trong tệp", e);
        }
        catch (OpenXmlPackageException e)
        {
            throw new DocumentReadException("Tệp DOCX bị hỏng hoặc không phải tài liệu Word: có thành phần mang kiểu nội dung sai", e);
        }
        catch (Exception e) when (e is InvalidDataException or FileFormatException or IOException or UriFormatException)
        {
            throw new DocumentReadException(part is null
                ? "Tệp DOCX bị hỏng: cấu trúc gói Office Open XML không hợp lệ"
                : $"Tệp DOCX bị hỏng: không giải nén được {part}", e);
        }
    }

    // Separator notes hold the rule drawn above the notes, not text.
    private static bool HoldsText(EnumValue<FootnoteEndnoteValues>? type) =>
        type is null || type.Value == FootnoteEndnoteValues.Normal;
}
