using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveSearch.Readers.Tests.Docx;

/// <summary>Small Word files built with the OpenXml SDK, each showing one thing a reader must handle.</summary>
internal static class TestDocx
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        + "mc:Ignorable=\"wps\"";

    public static byte[] FromBody(params OpenXmlElement[] blocks) =>
        Build(main => main.Document = new Document(new Body(blocks)));

    /// <summary>A document whose w:body holds <paramref name="bodyXml"/>, for markup the typed API makes verbose.</summary>
    public static byte[] FromBodyXml(string bodyXml) =>
        Build(main => main.Document = new Document($"<w:document {Namespaces}><w:body>{bodyXml}</w:body></w:document>"));

    /// <summary>A document with footnotes and endnotes, each part starting with Word's two separator notes.</summary>
    public static byte[] WithNotes(string bodyXml, string[] footnotes, string[] endnotes) =>
        Build(main =>
        {
            main.Document = new Document($"<w:document {Namespaces}><w:body>{bodyXml}</w:body></w:document>");
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(
                $"<w:footnotes {Namespaces}>{Separators("footnote")}{Notes("footnote", footnotes)}</w:footnotes>");
            main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(
                $"<w:endnotes {Namespaces}>{Separators("endnote")}{Notes("endnote", endnotes)}</w:endnotes>");
        });

    public static Paragraph Paragraph(params string[] runs) =>
        new(runs.Select(run => new Run(new Text(run) { Space = SpaceProcessingModeValues.Preserve })));

    /// <summary>A table from rows of cells; a cell given as a paragraph or table is wrapped in a w:tc.</summary>
    public static Table Table(params OpenXmlElement[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(cell => cell as TableCell ?? new TableCell(cell)))));

    /// <summary>The package with one entry's bytes replaced, or the entry removed when <paramref name="content"/> is null.</summary>
    public static byte[] WithEntry(byte[] docx, string name, string? content)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)?.Delete();
            if (content is not null)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static string EntryText(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(name)?.Open() ?? throw new ArgumentException($"No entry {name}", nameof(name)));
        return reader.ReadToEnd();
    }

    private static byte[] Build(Action<MainDocumentPart> fill)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
            fill(document.AddMainDocumentPart());
        return buffer.ToArray();
    }

    private static string Separators(string kind) =>
        $"<w:{kind} w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>"
        + $"<w:{kind} w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>";

    private static string Notes(string kind, string[] texts) => string.Concat(texts.Select((text, index) =>
        $"<w:{kind} w:id=\"{index + 1}\"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space=\"preserve\"> {text}</w:t></w:r></w:p></w:{kind}>"));
}
