using DirectiveSearch.Readers.Docx;

namespace DirectiveSearch.Readers.Tests.Docx;

/// <summary>Runs the reader on bytes built by a test.</summary>
internal static class DocxText
{
    public static IReadOnlyList<string> Paragraphs(byte[] docx) =>
        new DocxReader().Read(new MemoryStream(docx, writable: false), ReadOptions.For("test.docx")).Paragraphs;

    public static string Refusal(byte[] bytes) =>
        Assert.Throws<DocumentReadException>(() => Paragraphs(bytes)).Message;
}
