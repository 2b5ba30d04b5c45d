namespace DirectiveSearch.Ingestion.Pipeline;

/// <param name="Workers">Files read at once; OCR and PDF parsing are CPU-bound, so about the core count.</param>
/// <param name="OcrEnabled">Whether scanned pages are sent to Tesseract.</param>
public sealed record IngestOptions(int Workers, bool OcrEnabled = true)
{
    public static IngestOptions Default => new(Environment.ProcessorCount);
}
