namespace DirectiveSearch.Readers;

/// <summary>Settings shared by all readers.</summary>
/// <param name="SourceName">The file's name, used only in error messages.</param>
/// <param name="OcrEnabled">When false, pages without a text layer are reported instead of OCR'd.</param>
/// <param name="OcrLanguages">Tesseract language codes, e.g. "vie".</param>
public sealed record ReadOptions(
    string SourceName,
    bool OcrEnabled = true,
    string OcrLanguages = "vie")
{
    public static ReadOptions For(string sourceName) => new(sourceName);
}
