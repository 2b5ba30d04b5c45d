using DocumentFormat.OpenXml;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// Picks one branch of mc:AlternateContent. Word writes text boxes and shapes twice, as DrawingML
/// (Choice) and as VML for older readers (Fallback); reading both would repeat every text box.
/// </summary>
internal static class MarkupChoice
{
    public static OpenXmlElement? Of(AlternateContent alternate) =>
        (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>()
        ?? alternate.GetFirstChild<AlternateContentFallback>();
}
