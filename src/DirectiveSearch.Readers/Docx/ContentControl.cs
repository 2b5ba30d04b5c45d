using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveSearch.Readers.Docx;

/// <summary>Content controls (w:sdt) that still show their placeholder ("Click here to enter text").</summary>
internal static class ContentControl
{
    public static bool ShowsPlaceholder(SdtElement control) =>
        control.SdtProperties?.GetFirstChild<ShowingPlaceholder>() is { } flag
        && (flag.Val is null || flag.Val.Value);
}
