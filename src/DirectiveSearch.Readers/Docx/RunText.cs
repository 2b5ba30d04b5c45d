using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// The characters of one run, appended with no separator: Word splits words across runs freely
/// ("Đả" + "ng"), so runs are glued as they are. This is the one place where a run's text is taken,
/// and it sees the whole run, because converting legacy encodings (TCVN3 ".VnTime", VNI) depends on
/// the run's font (w:rFonts): that conversion belongs here.
/// </summary>
internal sealed class RunText
{
    public void AppendTo(StringBuilder text, Run run, FieldState fields)
    {
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
                    text.Append(characters.Text);
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
}
