using System.IO.Compression;
using System.Text;

namespace DirectiveSearch.TestSupport;

/// <summary>
/// The smallest Word package (content types, relationships, word/document.xml), with the main
/// document streamed from a writer: enough to build a part of any size or shape without holding it.
/// </summary>
public static class RawDocx
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] WithDocument(Action<TextWriter> writeDocumentXml)
    {
        ArgumentNullException.ThrowIfNull(writeDocumentXml);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Put(zip, "[Content_Types].xml", writer => writer.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"));
            Put(zip, "_rels/.rels", writer => writer.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"));
            Put(zip, "word/document.xml", writeDocumentXml);
        }

        return buffer.ToArray();
    }

    /// <summary>One paragraph of text, then <paramref name="depth"/> nested unknown elements.</summary>
    public static byte[] Nested(int depth) => WithDocument(writer =>
    {
        writer.Write($"<w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++)
            writer.Write("<w:sdt>");
        for (var i = 0; i < depth; i++)
            writer.Write("</w:sdt>");
        writer.Write("</w:body></w:document>");
    });

    /// <summary>A run of <paramref name="megabytes"/> MB of one letter: deflates about a thousandfold, as a zip bomb's parts do.</summary>
    public static byte[] Bomb(int megabytes) => WithDocument(writer =>
    {
        writer.Write($"<w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p><w:r><w:t>");
        var run = new string('A', 1 << 20);
        for (var i = 0; i < megabytes; i++)
            writer.Write(run);
        writer.Write("</w:t></w:r></w:p></w:body></w:document>");
    });

    private static void Put(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        write(writer);
    }
}
