using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using PdfPageSize = UglyToad.PdfPig.Content.PageSize;

namespace DirectiveSearch.Ingestion.Tests.OfficeDocuments;

/// <summary>
/// The three forms an office document arrives in: a Word file whose header and end are real two-column tables
/// (Open XML SDK), text whose every line is cut at about 80 characters with each table cell cut at its column's
/// width and read cell after cell (as text taken out of a PDF, OCR or an e-mail comes), and a PDF whose two
/// columns are drawn side by side and wrapped at their width (PdfPig's writer, DejaVu Sans embedded).
/// </summary>
internal static class OfficeDocumentForms
{
    private const int BodyColumns = 80;
    private const int IssuerColumns = 30;
    private const int MottoColumns = 36;
    private const int EndColumns = 40;

    public static byte[] Docx(OfficeDocumentLayout layout)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(TwoColumns([(layout.Issuer, layout.Motto), (layout.Number, layout.Date)]));
            foreach (var paragraph in layout.Body)
                body.Append(Paragraph(paragraph));
            if (layout.Recipients.Count > 0 || layout.Signature.Count > 0)
                body.Append(TwoColumns([(layout.Recipients, layout.Signature)]));
            main.Document = new Document(body);
        }

        return buffer.ToArray();
    }

    public static string WrappedText(OfficeDocumentLayout layout)
    {
        var text = new StringBuilder();
        void Cell(IEnumerable<string> lines, int width)
        {
            foreach (var line in lines.SelectMany(l => Wrap(l, width)))
                text.Append(line).Append('\n');
        }

        Cell(layout.Issuer, IssuerColumns);
        Cell(layout.Motto, MottoColumns);
        Cell(layout.Number, IssuerColumns);
        Cell(layout.Date, MottoColumns);
        Cell(layout.Body, BodyColumns);
        Cell(layout.Recipients, EndColumns);
        Cell(layout.Signature, EndColumns);
        return text.ToString();
    }

    public static byte[] Pdf(OfficeDocumentLayout layout, byte[] font)
    {
        var builder = new PdfDocumentBuilder();
        var added = builder.AddTrueTypeFont(font);
        var writer = new PdfWriter(builder, added);
        writer.Columns([(layout.Issuer, true), (layout.Motto, true)], [(57, 250), (280, 560)]);
        writer.Gap();
        writer.Columns([(layout.Number, true), (layout.Date, false)], [(57, 250), (300, 560)]);
        writer.Gap();
        // The type line and the title are centred under the header, as printed; the body runs from the margin.
        var titleLines = TitleLineCount(layout.Body);
        for (var i = 0; i < layout.Body.Count; i++)
            writer.Paragraph(layout.Body[i], 57, 540, centred: i < titleLines);
        writer.Gap();
        writer.Columns([(layout.Recipients, false), (layout.Signature, true)], [(57, 300), (330, 540)]);
        return builder.Build();
    }

    // The type line, the title and the rule under it: the body lines before the first opening clause.
    private static int TitleLineCount(IReadOnlyList<string> body)
    {
        var count = 0;
        while (count < body.Count && !OpeningWords.Any(w => body[count].TrimStart('-', ' ').StartsWith(w, StringComparison.Ordinal)))
            count++;
        return count == body.Count ? 1 : count;
    }

    private static readonly string[] OpeningWords = ["Căn cứ", "Thực hiện", "Triển khai", "Theo đề nghị", "Xét"];

    /// <summary>Greedy word wrap at <paramref name="width"/> characters; a longer word stands alone.</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
                line.Append(' ');
            line.Append(word);
        }

        if (line.Length > 0)
            yield return line.ToString();
    }

    private static Table TwoColumns(IReadOnlyList<(IReadOnlyList<string> Left, IReadOnlyList<string> Right)> rows)
    {
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        foreach (var (left, right) in rows)
            table.Append(new TableRow(Cell(left), Cell(right)));
        return table;
    }

    private static TableCell Cell(IReadOnlyList<string> lines)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = "2500", Type = TableWidthUnitValues.Pct }));
        if (lines.Count == 0)
            cell.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph());
        foreach (var line in lines)
            cell.Append(Paragraph(line));
        return cell;
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph Paragraph(string text) =>
        new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>Draws lines on A4 pages from the top down, starting a new page when one is full.</summary>
    private sealed class PdfWriter(PdfDocumentBuilder builder, PdfDocumentBuilder.AddedFont font)
    {
        private const double FontSize = 11;
        private const double LineHeight = 14;
        private const double Top = 790;
        private const double Bottom = 60;

        private PdfPageBuilder page = builder.AddPage(PdfPageSize.A4);
        private double y = Top;

        public void Gap() => y -= LineHeight / 2;

        public void Paragraph(string text, double left, double right, bool centred)
        {
            foreach (var line in WrapToWidth(text, right - left))
                Line(line, centred ? left + ((right - left - Width(line)) / 2) : left);
        }

        /// <summary>Cells side by side, each wrapped at its column, centred or left-aligned; the cursor ends under the longest.</summary>
        public void Columns(IReadOnlyList<(IReadOnlyList<string> Lines, bool Centred)> cells, IReadOnlyList<(double Left, double Right)> columns)
        {
            var laidOut = cells.Select((cell, i) => cell.Lines.SelectMany(l => WrapToWidth(l, columns[i].Right - columns[i].Left)).ToList()).ToList();
            var rows = laidOut.Max(l => l.Count);
            for (var row = 0; row < rows; row++)
            {
                NewPageIfFull();
                for (var i = 0; i < laidOut.Count; i++)
                {
                    if (row >= laidOut[i].Count)
                        continue;
                    var text = laidOut[i][row];
                    var (left, right) = columns[i];
                    var x = cells[i].Centred ? left + ((right - left - Width(text)) / 2) : left;
                    page.AddText(text, FontSize, new PdfPoint(x, y), font);
                }

                y -= LineHeight;
            }
        }

        private void Line(string text, double left)
        {
            NewPageIfFull();
            page.AddText(text, FontSize, new PdfPoint(left, y), font);
            y -= LineHeight;
        }

        private void NewPageIfFull()
        {
            if (y >= Bottom)
                return;
            page = builder.AddPage(PdfPageSize.A4);
            y = Top;
        }

        private IEnumerable<string> WrapToWidth(string text, double width)
        {
            var line = string.Empty;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && Width(candidate) > width)
                {
                    yield return line;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            if (line.Length > 0)
                yield return line;
        }

        private double Width(string text)
        {
            var letters = page.MeasureText(text, FontSize, new PdfPoint(0, 0), font);
            return letters.Count == 0 ? 0 : letters.Max(l => l.EndBaseLine.X) - letters.Min(l => l.StartBaseLine.X);
        }
    }
}
