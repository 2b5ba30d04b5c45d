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
    /// <summary>What one file may cost; exceeding a limit is a <see cref="DocumentReadException"/>.</summary>
    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    /// <summary>
    /// The budget to charge instead of a fresh one from <see cref="Limits"/>: a caller that watches the
    /// read from another thread (the ingest pipeline) creates it on the reading thread and shares it.
    /// </summary>
    public ReadBudget? Budget { get; init; }

    public static ReadOptions For(string sourceName) => new(sourceName);

    /// <summary>The shared budget, or a new one started now on the calling thread.</summary>
    public ReadBudget StartBudget() => Budget ?? ReadBudget.Start(Limits);
}
