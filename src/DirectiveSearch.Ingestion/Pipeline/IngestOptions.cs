using DirectiveSearch.Readers;

namespace DirectiveSearch.Ingestion.Pipeline;

/// <param name="Workers">Files read at once; OCR and PDF parsing are CPU-bound, so about the core count.</param>
/// <param name="OcrEnabled">Whether scanned pages are sent to Tesseract.</param>
/// <param name="MeetingFile">A JSON file of named meetings that extends the built-in table (format in src/DirectiveSearch.Core/Data/README.md), or null.</param>
public sealed record IngestOptions(int Workers, bool OcrEnabled = true, string? MeetingFile = null)
{
    /// <summary>What one file may cost to read (size, pages, time, memory, ZIP and XML limits).</summary>
    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    /// <summary>
    /// How long past <see cref="ReadLimits.Timeout"/> a reader that has stopped checking its budget is
    /// waited for before its file is reported as timed out and the run goes on without it.
    /// </summary>
    public TimeSpan StuckReaderGrace { get; init; } = TimeSpan.FromSeconds(15);

    public static IngestOptions Default => new(Environment.ProcessorCount);
}
