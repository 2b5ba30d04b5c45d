using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// Finds the text boxes (w:txbxContent) inside a drawing, VML picture or embedded object, in
/// document order, taking one branch of each mc:AlternateContent.
/// </summary>
internal static class TextBoxFinder
{
    public static void Find(OpenXmlElement element, ICollection<TextBoxContent> found)
    {
        switch (element)
        {
            case TextBoxContent box:
                // Boxes nested in this one are found when its paragraphs are read.
                found.Add(box);
                break;
            case AlternateContent alternate:
                if (MarkupChoice.Of(alternate) is { } chosen)
                    Find(chosen, found);
                break;
            default:
                foreach (var child in element.ChildElements)
                    Find(child, found);
                break;
        }
    }
}
