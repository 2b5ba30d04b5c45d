using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DirectiveSearch.Bench.Archive;

/// <summary>Writes a composed document as one file of a format.</summary>
public interface IRendition
{
    string Extension { get; }

    void Write(ComposedDocument document, string path, bool decomposed);
}

/// <summary>.txt in UTF-8, one header line after the other; decomposed (NFD) when the document arrives so.</summary>
public sealed class TextRendition : IRendition
{
    public string Extension => ".txt";

    public void Write(ComposedDocument document, string path, bool decomposed)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = string.Join('\n', document.Lines()) + "\n";
        File.WriteAllText(path, decomposed ? text.Normalize(NormalizationForm.FormD) : text, new UTF8Encoding(false));
    }
}

/// <summary>
/// .docx as the committees write them: the header is a borderless two-column table (issuing body, "*" and the number
/// on the left; "ĐẢNG CỘNG SẢN VIỆT NAM" and place and date on the right), the type line and subject centred, the
/// body's paragraphs, and the recipients and the signature side by side in a second table.
/// </summary>
public sealed class DocxRendition : IRendition
{
    public string Extension => ".docx";

    public void Write(ComposedDocument document, string path, bool decomposed)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var package = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        var body = new Body();
        body.Append(TwoColumns(document.HeaderLeft, document.HeaderRight));
        body.Append(Paragraph(document.TypeLine, bold: true, centred: true));
        body.Append(Paragraph(document.Title, bold: true, centred: true));
        foreach (var paragraph in document.Paragraphs)
            body.Append(Paragraph(paragraph, bold: false, centred: false));
        body.Append(TwoColumns(document.Recipients, document.Signature));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Table TwoColumns(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
            new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        var table = new Table(new TableProperties(none, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        table.Append(new TableRow(Cell(left), Cell(right)));
        return table;
    }

    private static TableCell Cell(IReadOnlyList<string> lines)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = "2500", Type = TableWidthUnitValues.Pct }));
        foreach (var line in lines)
            cell.Append(Paragraph(line, bold: false, centred: true));
        if (lines.Count == 0)
            cell.Append(new Paragraph());
        return cell;
    }

    private static Paragraph Paragraph(string text, bool bold, bool centred)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
            run.PrependChild(new RunProperties(new Bold()));
        var paragraph = new Paragraph(run);
        if (centred)
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        return paragraph;
    }
}

/// <summary>
/// .pdf with the text drawn in an embedded TrueType font that has the Vietnamese letters (Noto Serif, else DejaVu
/// Serif, from the system's fonts), lines wrapped to the page. Null from <see cref="Find"/> when no such font is installed.
/// </summary>
public sealed class PdfRendition : IRendition
{
    private const double FontSize = 11;
    private const double Margin = 56;
    private const double LineHeight = 15;
    private const int LineLength = 95;

    private static readonly string[] FontCandidates =
    [
        "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ];

    private readonly byte[] font;

    private PdfRendition(byte[] font) => this.font = font;

    public string Extension => ".pdf";

    public static PdfRendition? Find() =>
        FontCandidates.FirstOrDefault(File.Exists) is { } path ? new PdfRendition(File.ReadAllBytes(path)) : null;

    public void Write(ComposedDocument document, string path, bool decomposed)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var builder = new PdfDocumentBuilder();
        var added = builder.AddTrueTypeFont(font);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var top = page.PageSize.Height - Margin;
        var y = top;
        foreach (var line in document.Lines().SelectMany(Wrap))
        {
            if (y < Margin)
            {
                page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
                y = top;
            }

            if (line.Length > 0)
                page.AddText(line, FontSize, new PdfPoint(Margin, y), added);
            y -= LineHeight;
        }

        File.WriteAllBytes(path, builder.Build());
    }

    private static IEnumerable<string> Wrap(string line)
    {
        if (line.Length <= LineLength)
        {
            yield return line;
            yield break;
        }

        var current = new StringBuilder();
        foreach (var word in line.Split(' '))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > LineLength)
            {
                yield return current.ToString();
                current.Clear();
            }

            if (current.Length > 0)
                current.Append(' ');
            current.Append(word);
        }

        if (current.Length > 0)
            yield return current.ToString();
    }
}
