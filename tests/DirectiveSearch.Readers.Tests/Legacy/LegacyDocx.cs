using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveSearch.Readers.Tests.Legacy;

/// <summary>
/// Word files as legacy documents are made: runs naming .VnTime or VNI-Times and holding the characters
/// those fonts' keyboards type ("§¶ng" for "Đảng"), and documents that name the font only in a style
/// or in the document defaults. Built with the OpenXml SDK, as Word writes them.
/// </summary>
internal static class LegacyDocx
{
    /// <summary>A run of <paramref name="text"/> in <paramref name="font"/> (w:ascii and w:hAnsi), or with no font when null.</summary>
    public static Run Run(string text, string? font = null)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (font is not null)
            run.PrependChild(new RunProperties(new RunFonts { Ascii = font, HighAnsi = font }));
        return run;
    }

    public static Paragraph Paragraph(params Run[] runs) => new(runs);

    /// <summary>A paragraph in the style <paramref name="styleId"/>.</summary>
    public static Paragraph Styled(string styleId, params Run[] runs) =>
        new([new ParagraphProperties(new ParagraphStyleId { Val = styleId }), .. runs]);

    public static Table Table(params Paragraph[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(cell => new TableCell(cell)))));

    /// <summary>
    /// A document of <paramref name="blocks"/>; <paramref name="defaultFont"/> goes in w:docDefaults, and
    /// <paramref name="styles"/> adds paragraph styles (id, font, basedOn), the first one the default style.
    /// </summary>
    public static byte[] Build(OpenXmlElement[] blocks, string? defaultFont = null, params (string Id, string? Font, string? BasedOn)[] styles)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks));
            if (defaultFont is not null || styles.Length > 0)
            {
                var definitions = new Styles();
                if (defaultFont is not null)
                {
                    definitions.Append(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                        new RunFonts { Ascii = defaultFont, HighAnsi = defaultFont }))));
                }

                foreach (var (style, index) in styles.Select((style, index) => (style, index)))
                {
                    var definition = new Style { Type = StyleValues.Paragraph, StyleId = style.Id, Default = index == 0 ? true : null };
                    definition.Append(new StyleName { Val = style.Id });
                    if (style.BasedOn is not null)
                        definition.Append(new BasedOn { Val = style.BasedOn });
                    if (style.Font is not null)
                        definition.Append(new StyleRunProperties(new RunFonts { Ascii = style.Font, HighAnsi = style.Font }));
                    definitions.Append(definition);
                }

                main.AddNewPart<StyleDefinitionsPart>().Styles = definitions;
            }
        }

        return buffer.ToArray();
    }

    public static ExtractedDocument Read(byte[] docx) =>
        new Readers.Docx.DocxReader().Read(new MemoryStream(docx, writable: false), ReadOptions.For("test.docx"));
}
