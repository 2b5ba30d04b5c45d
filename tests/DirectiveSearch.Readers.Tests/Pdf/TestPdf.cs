using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DirectiveSearch.Readers.Tests.Pdf;

/// <summary>
/// Writes small PDFs for the layout tests with PdfPig's builder. Vietnamese needs an embedded TrueType
/// font; where the machine has none the text is drawn without diacritics in Helvetica, and tests compare
/// against <see cref="Shown(string)"/> so they mean the same thing either way.
/// </summary>
internal sealed class TestPdf
{
    private static readonly Lazy<byte[]?> VietnameseFont = new(FindVietnameseFont);

    private readonly PdfDocumentBuilder builder = new();

    public TestPdf()
    {
        Font = VietnameseFont.Value is { } font
            ? builder.AddTrueTypeFont(font)
            : builder.AddStandard14Font(Standard14Font.Helvetica);
    }

    public PdfDocumentBuilder.AddedFont Font { get; }

    /// <summary>Whether text is drawn with a Unicode font; Helvetica's encoding prints a soft hyphen as a hyphen.</summary>
    public static bool DrawsUnicode => VietnameseFont.Value is not null;

    /// <summary>The text as the test font can draw it.</summary>
    public static string Shown(string text)
    {
        if (VietnameseFont.Value is not null)
            return text;
        var folded = new StringBuilder(text.Length);
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
                folded.Append(character switch { 'đ' => 'd', 'Đ' => 'D', _ => character });
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    public static IReadOnlyList<string> AllShown(params string[] paragraphs) => paragraphs.Select(Shown).ToList();

    public TestPdfPage Page() => new(builder.AddPage(PageSize.A4), this);

    public byte[] Bytes() => builder.Build();

    private static byte[]? FindVietnameseFont()
    {
        string[] names = ["DejaVuSans.ttf", "LiberationSans-Regular.ttf", "LiberationSerif-Regular.ttf", "arial.ttf", "Arial.ttf"];
        string[] folders = ["/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", Environment.GetFolderPath(Environment.SpecialFolder.Fonts)];
        foreach (var folder in folders.Where(folder => folder.Length > 0 && Directory.Exists(folder)))
        {
            foreach (var name in names)
            {
                var path = Directory.EnumerateFiles(folder, name, SearchOption.AllDirectories).FirstOrDefault();
                if (path is null)
                    continue;
                var font = File.ReadAllBytes(path);
                using var probe = new PdfDocumentBuilder();
                if (probe.CanUseTrueTypeFont(font, out _))
                    return font;
            }
        }
        return null;
    }
}
