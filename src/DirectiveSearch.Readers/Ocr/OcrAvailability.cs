namespace DirectiveSearch.Readers.Ocr;

/// <summary>Whether OCR can run on this machine, and if not, what to install.</summary>
/// <param name="Problem">
/// Null when everything is there; otherwise the Vietnamese reason naming the missing tool or
/// language and the Debian package that provides it.
/// </param>
/// <param name="TesseractPath">The resolved tesseract executable, when found.</param>
/// <param name="PdftoppmPath">The resolved pdftoppm executable, when found.</param>
/// <param name="InstalledLanguages">Languages tesseract reported, empty when it could not be asked.</param>
public sealed record OcrAvailability(
    string? Problem,
    string? TesseractPath,
    string? PdftoppmPath,
    IReadOnlyList<string> InstalledLanguages)
{
    public bool IsAvailable => Problem is null;
}
