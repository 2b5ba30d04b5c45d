using System.ComponentModel;

namespace DirectiveSearch.Readers.Ocr;

/// <summary>Finds the OCR tools and asks tesseract which languages it has.</summary>
internal sealed class OcrToolCheck(TesseractOcrOptions options)
{
    private static readonly TimeSpan ListLanguagesTimeout = TimeSpan.FromSeconds(30);

    public OcrAvailability Check(IReadOnlyList<string> languages)
    {
        var tesseract = ToolLocator.Find(options.TesseractPath);
        var pdftoppm = ToolLocator.Find(options.PdftoppmPath);
        var missing = new List<string>();
        if (tesseract is null)
            missing.Add(OcrMessages.MissingTesseract(options.TesseractPath, languages));
        if (pdftoppm is null)
            missing.Add(OcrMessages.MissingPdftoppm(options.PdftoppmPath));
        if (tesseract is null || pdftoppm is null)
            return new OcrAvailability(OcrMessages.Unavailable(missing), tesseract, pdftoppm, []);

        ToolResult listing;
        try
        {
            listing = ToolProcess.Run(tesseract, ["--list-langs"], ListLanguagesTimeout);
        }
        catch (Win32Exception)
        {
            // Found on disk but not startable (wrong architecture, broken interpreter line...).
            return new OcrAvailability(
                OcrMessages.Unavailable([OcrMessages.MissingTesseract(options.TesseractPath, languages)]), null, pdftoppm, []);
        }

        if (!listing.Succeeded)
            return new OcrAvailability(OcrMessages.Unavailable([OcrMessages.TesseractUnusable(listing)]), tesseract, pdftoppm, []);

        // Tesseract 3 printed the list on stderr, later versions on stdout.
        var installed = OcrLanguages.ParseInstalled(listing.StandardOutput + "\n" + listing.StandardError);
        var absent = languages.Where(language => !installed.Contains(language, StringComparer.Ordinal)).ToArray();
        return absent.Length > 0
            ? new OcrAvailability(OcrMessages.Unavailable([OcrMessages.MissingLanguages(absent)]), tesseract, pdftoppm, installed)
            : new OcrAvailability(null, tesseract, pdftoppm, installed);
    }
}
