using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DirectiveSearch.Readers.Tests.Pdf;

/// <summary>
/// One A4 page laid out like a word processor would: a cursor moves down by the line height, lines
/// are left-aligned and wrapped, justified to the right margin, centered, or placed side by side.
/// </summary>
internal sealed class TestPdfPage
{
    public const double Left = 72;
    public const double Right = 523;
    public const double Top = 770;

    private readonly PdfPageBuilder page;
    private readonly TestPdf pdf;

    public TestPdfPage(PdfPageBuilder page, TestPdf pdf) => (this.page, this.pdf) = (page, pdf);

    public double FontSize { get; set; } = 10;

    /// <summary>The baseline the next line is drawn on.</summary>
    public double Y { get; set; } = Top;

    private double LineHeight => 1.3 * FontSize;

    /// <summary>Draws text at a fixed spot without moving the cursor.</summary>
    public TestPdfPage At(string text, double x, double y, double? size = null)
    {
        page.AddText(TestPdf.Shown(text), size ?? FontSize, new PdfPoint(x, y), pdf.Font);
        return this;
    }

    public TestPdfPage Line(string text, double indent = 0) => Next(() => At(text, Left + indent, Y));

    public TestPdfPage Centered(string text, double center = (Left + Right) / 2) =>
        Next(() => At(text, center - (Width(text) / 2), Y));

    /// <summary>Cells on one baseline, each centered on the given x: a borderless table row.</summary>
    public TestPdfPage Row(params (string Text, double Center)[] cells) => Next(() =>
    {
        foreach (var (text, center) in cells)
            At(text, center - (Width(text) / 2), Y);
    });

    /// <summary>A line spread from the indent to the right margin, word by word, as justified text prints.</summary>
    public TestPdfPage Justified(string text, double indent = 0) => Next(() =>
    {
        var words = text.Split(' ');
        var widths = words.Select(Width).ToList();
        var available = Right - Left - indent;
        var gap = (available - widths.Sum()) / (words.Length - 1);
        if (gap < 0.2 * FontSize || gap > 1.5 * FontSize)
            throw new ArgumentException($"'{text}' does not justify nicely (word gap {gap:F1} pt)", nameof(text));
        var x = Left + indent;
        for (var index = 0; index < words.Length; index++)
        {
            At(words[index], x, Y);
            x += widths[index] + gap;
        }
    });

    /// <summary>A paragraph wrapped ragged-right at the margin, spaces printed as glyphs.</summary>
    public TestPdfPage Paragraph(string text, double indent = 0)
    {
        var line = string.Empty;
        var lineIndent = indent;
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Left + lineIndent + Width(candidate) > Right)
            {
                Line(line, lineIndent);
                (line, lineIndent) = (word, 0);
            }
            else
            {
                line = candidate;
            }
        }
        return Line(line, lineIndent);
    }

    public TestPdfPage Space(double points)
    {
        Y -= points;
        return this;
    }

    public TestPdfPage Rectangle()
    {
        page.DrawRectangle(new PdfPoint(100, 300), 300, 300, 2);
        return this;
    }

    public double Width(string text)
    {
        var letters = page.MeasureText(TestPdf.Shown(text), FontSize, new PdfPoint(0, 0), pdf.Font);
        return letters.Count == 0 ? 0 : letters.Max(letter => letter.EndBaseLine.X) - letters.Min(letter => letter.StartBaseLine.X);
    }

    private TestPdfPage Next(Action draw)
    {
        draw();
        Y -= LineHeight;
        return this;
    }
}
