using System.Text;
using DirectiveSearch.Core.Text.Legacy;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// The characters of one run, appended with no separator: Word splits words across runs freely
/// ("Đả" + "ng"), so runs are glued as they are. This is the one place where a run's text is taken,
/// and it sees the whole run, so it is where text typed in a legacy font (TCVN3 ".VnTime", VNI "VNI-Times")
/// becomes Unicode: by the run's font, run by run, so a TCVN3 header table above a Unicode body reads right.
/// </summary>
internal sealed class RunText(DocxRunFonts fonts, LegacyConversionNotices notices)
{
    private readonly Dictionary<string, LegacyFont?> classified = new(StringComparer.Ordinal);
    private string? paragraphStyle;

    /// <summary>Runs converted so far; a paragraph holding one is composed to NFC by its reader.</summary>
    public int ConvertedRuns { get; private set; }

    /// <summary>Sets the paragraph whose runs come next: their fonts inherit from its style.</summary>
    public void BeginParagraph(Paragraph paragraph) => paragraphStyle = fonts.ParagraphStyleOf(paragraph);

    public void AppendTo(StringBuilder text, Run run, FieldState fields)
    {
        var legacy = (Resolved: false, Font: (LegacyFont?)null, Name: (string?)null);
        foreach (var child in run.ChildElements)
        {
            if (child is FieldChar mark)
            {
                fields.Apply(mark);
                continue;
            }

            if (fields.InInstructions)
                continue;
            switch (child)
            {
                case Text characters:
                    if (!legacy.Resolved)
                    {
                        var name = fonts.FontOf(run, paragraphStyle);
                        legacy = (true, Classify(name), name);
                    }

                    text.Append(legacy.Font is { } font ? Convert(characters.Text, font, legacy.Name!) : characters.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break lineBreak when lineBreak.Type is null || lineBreak.Type.Value != BreakValues.Page:
                    // Shift+Enter: the line ends inside the paragraph. A page break only moves the text.
                    text.Append('\n');
                    break;
                case CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                // Soft hyphens show only where a line wraps; instruction text (w:instrText), deleted text
                // and symbol-font characters (w:sym) are not words of the document.
            }
        }
    }

    private LegacyFont? Classify(string? name)
    {
        if (name is null)
            return null;
        if (!classified.TryGetValue(name, out var font))
            classified[name] = font = LegacyFontClassifier.Classify(name);
        return font;
    }

    private string Convert(string characters, LegacyFont font, string fontName)
    {
        var converted = LegacyFontText.ConvertUnlessUnicode(characters, font);
        if (converted != characters)
        {
            ConvertedRuns++;
            notices.Record(font, fontName);
        }

        return converted;
    }
}
