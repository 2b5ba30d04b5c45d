namespace DirectiveSearch.Ingestion.Pipeline;

/// <param name="Workers">Files read at once; OCR and PDF parsing are CPU-bound, so about the core count.</param>
/// <param name="OcrEnabled">Whether scanned pages are sent to Tesseract.</param>
/// <param name="MeetingFile">A JSON file of named meetings that extends the built-in table (format in src/DirectiveSearch.Core/Data/README.md), or null.</param>
public sealed record IngestOptions(int Workers, bool OcrEnabled = true, string? MeetingFile = null)
{
    public static IngestOptions Default => new(Environment.ProcessorCount);
}
