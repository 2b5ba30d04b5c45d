using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveSearch.Readers.Tests.Docx;

/// <summary>Builds small real .docx files in memory with the Open XML SDK.</summary>
internal static class WordFile
{
    public static byte[] With(params OpenXmlElement[] bodyElements) => With(bodyElements, footnotes: null);

    public static byte[] With(OpenXmlElement[] bodyElements, Footnotes? footnotes)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(bodyElements));
            if (footnotes is not null)
                main.AddNewPart<FootnotesPart>().Footnotes = footnotes;
        }

        return stream.ToArray();
    }

    public static Paragraph Para(params OpenXmlElement[] runs) => new(runs);

    public static Paragraph Para(string text) => new(Run(text));

    public static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static TableCell Cell(params string[] paragraphs) => new(paragraphs.Select(Para).ToArray());

    public static Table Table(params TableRow[] rows) => new(rows);

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static IReadOnlyList<string> Read(byte[] docx) =>
        new DirectiveSearch.Readers.Docx.DocxReader().Read(new MemoryStream(docx), ReadOptions.For("test.docx")).Paragraphs;
}
