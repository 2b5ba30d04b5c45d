using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// Walks the block structure of a story (body, note, text box) and keeps one string per paragraph
/// that has text. Tables are read row by row, each cell's paragraphs on their own: Party documents
/// put "issuer | ĐẢNG CỘNG SẢN VIỆT NAM" and "Số … | place, date" side by side in a header table,
/// and each cell is a line of its own, not half of a merged line.
/// </summary>
internal sealed class DocxParagraphCollector(DocxRunFonts fonts, LegacyConversionNotices notices)
{
    private readonly List<string> paragraphs = [];
    private readonly InlineContent inline = new(new RunText(fonts, notices));

    public IReadOnlyList<string> Paragraphs => paragraphs;

    public void CollectStory(OpenXmlElement story) => CollectBlocks(story);

    private void CollectBlocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    CollectParagraph(paragraph);
                    break;
                case SdtElement control when ContentControl.ShowsPlaceholder(control):
                    break;
                case Table or TableRow or TableCell or SdtElement or SdtContentBlock or SdtContentRow or SdtContentCell
                    or CustomXmlBlock or CustomXmlRow or CustomXmlCell:
                    CollectBlocks(child);
                    break;
                case AlternateContent alternate when MarkupChoice.Of(alternate) is { } chosen:
                    CollectBlocks(chosen);
                    break;
            }
        }
    }

    private void CollectParagraph(Paragraph paragraph)
    {
        var textBoxes = new List<TextBoxContent>();
        var text = inline.Read(paragraph, textBoxes);
        if (!string.IsNullOrWhiteSpace(text))
            paragraphs.Add(text);
        // A text box is a story of its own, drawn near the paragraph that anchors it.
        foreach (var box in textBoxes)
            CollectBlocks(box);
    }
}
