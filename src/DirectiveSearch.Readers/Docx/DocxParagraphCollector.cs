using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// Walks Word markup in document order and collects one string per paragraph. Table cells are read
/// row by row, each cell's paragraphs on their own: Party documents put "issuer | ĐẢNG CỘNG SẢN VIỆT
/// NAM" and "Số … | place, date" side by side in a header table, and each cell is one line.
/// Tracked changes read as the document now stands: deletions dropped, insertions kept.
/// </summary>
internal sealed class DocxParagraphCollector
{
    private readonly List<string> paragraphs = [];

    public IReadOnlyList<string> Paragraphs => paragraphs;

    public void CollectBlocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    CollectParagraph(paragraph);
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        foreach (var cell in row.Elements<TableCell>())
                            CollectBlocks(cell);
                    }

                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    CollectBlocks(child);
                    break;
                case AlternateContent alternate:
                    CollectAlternate(alternate, CollectBlocks);
                    break;
            }
        }
    }

    private void CollectParagraph(Paragraph paragraph)
    {
        var text = new StringBuilder();
        // Text boxes anchored in a paragraph are separate paragraphs, read after it.
        var anchored = new List<OpenXmlElement>();
        CollectInline(paragraph, text, anchored);
        if (!string.IsNullOrWhiteSpace(text.ToString()))
            paragraphs.Add(text.ToString());
        foreach (var box in anchored)
            CollectBlocks(box);
    }

    private static void CollectInline(OpenXmlElement element, StringBuilder text, List<OpenXmlElement> anchored)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text run:
                    text.Append(RunText.Of(run));
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break lineBreak:
                    // A page or column break ends nothing in the text; a line break (Shift+Enter) does.
                    if (lineBreak.Type is null || lineBreak.Type.Value == BreakValues.TextWrapping)
                        text.Append('\n');
                    break;
                case CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case SoftHyphen or DeletedRun or DeletedText or MoveFromRun or FieldCode or DeletedFieldCode
                    or ParagraphProperties or RunProperties or FootnoteReference or EndnoteReference:
                    break;
                case TextBoxContent box:
                    anchored.Add(box);
                    break;
                case AlternateContent alternate:
                    CollectAlternate(alternate, chosen => CollectInline(chosen, text, anchored));
                    break;
                default:
                    CollectInline(child, text, anchored);
                    break;
            }
        }
    }

    /// <summary>
    /// Word writes text boxes twice, as DrawingML (Choice) and as VML (Fallback): one is read,
    /// never both, or every text box would appear twice.
    /// </summary>
    private static void CollectAlternate(AlternateContent alternate, Action<OpenXmlElement> collect)
    {
        OpenXmlElement? chosen = alternate.GetFirstChild<AlternateContentChoice>();
        chosen ??= alternate.GetFirstChild<AlternateContentFallback>();
        if (chosen is not null)
            collect(chosen);
    }
}
