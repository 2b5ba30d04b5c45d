namespace DirectiveSearch.Readers.Tests.Ocr;

/// <summary>The scanned seed and the text it is a scan of.</summary>
internal static class OcrCorpus
{
    public const string ScannedPdf = "001_e0cf88b19ba32315.scanned.pdf";
    public const string ScannedPdfText = "001_e0cf88b19ba32315.txt";
}
