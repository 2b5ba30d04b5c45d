using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Office2010.Word;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// The text of one paragraph as it reads now: runs inside hyperlinks, fields, content controls and
/// insertions are kept; deletions and moved-away text are dropped. Text boxes met on the way are
/// handed back to be read as paragraphs of their own.
/// </summary>
internal sealed class InlineContent(RunText runs)
{
    public string Read(Paragraph paragraph, ICollection<TextBoxContent> textBoxes)
    {
        var text = new StringBuilder();
        var converted = runs.ConvertedRuns;
        runs.BeginParagraph(paragraph);
        // Field state lives for one paragraph: a field left open by a damaged file then hides at
        // most the rest of its paragraph, never the rest of the document.
        Walk(paragraph, text, new FieldState(), textBoxes);
        // A VNI mark may sit in the run after its letter ("Vie" + "ät"): compose once the paragraph is whole.
        return runs.ConvertedRuns == converted ? text.ToString() : text.ToString().Normalize(NormalizationForm.FormC);
    }

    private void Walk(OpenXmlElement container, StringBuilder text, FieldState fields, ICollection<TextBoxContent> textBoxes)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    runs.AppendTo(text, run, fields);
                    WalkInsideRun(run, text, fields, textBoxes);
                    break;
                case ParagraphProperties or DeletedRun or MoveFromRun or RunConflictDeletion
                    or SdtProperties or SdtEndCharProperties:
                    break;
                case SdtElement control when ContentControl.ShowsPlaceholder(control):
                    break;
                case AlternateContent alternate:
                    if (MarkupChoice.Of(alternate) is { } chosen)
                        Walk(chosen, text, fields, textBoxes);
                    break;
                default:
                    // Hyperlinks, simple fields, insertions, moved-here text, smart tags, custom XML,
                    // content controls: containers whose runs are part of the text.
                    Walk(child, text, fields, textBoxes);
                    break;
            }
        }
    }

    private void WalkInsideRun(Run run, StringBuilder text, FieldState fields, ICollection<TextBoxContent> textBoxes)
    {
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case Ruby ruby:
                    // The base text is the word; the ruby text is a pronunciation guide above it.
                    if (ruby.GetFirstChild<RubyBase>() is { } rubyBase)
                        Walk(rubyBase, text, fields, textBoxes);
                    break;
                case Drawing or Picture or EmbeddedObject or AlternateContent:
                    TextBoxFinder.Find(child, textBoxes);
                    break;
            }
        }
    }
}
