namespace DirectiveSearch.Readers.Ocr;

/// <summary>How <see cref="TesseractPageOcr"/> finds and runs its external tools.</summary>
public sealed record TesseractOcrOptions
{
    /// <summary>The tesseract executable: a bare name looked up on PATH, or a path.</summary>
    public string TesseractPath { get; init; } = "tesseract";

    /// <summary>The pdftoppm executable (poppler-utils): a bare name looked up on PATH, or a path.</summary>
    public string PdftoppmPath { get; init; } = "pdftoppm";

    /// <summary>Resolution the pages are rasterized at before recognition.</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>
    /// Tesseract's --psm. 1 (automatic layout with orientation detection) keeps the two-column
    /// headers and signature blocks of Party documents apart, copes with pages scanned sideways and
    /// marks paragraph ends with blank lines. 6 (one uniform block) reads a plain page slightly
    /// better but puts those blank lines in the middle of paragraphs and runs columns together.
    /// </summary>
    public int PageSegmentationMode { get; init; } = 1;

    /// <summary>Longest one tool run for one page may take before it is killed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Pages recognized at the same time; each tesseract run is limited to one thread.</summary>
    public int MaxParallelPages { get; init; } = 1;

    public static TesseractOcrOptions Default { get; } = new();

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(TesseractPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(PdftoppmPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(Dpi, 50);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Dpi, 1200);
        // 0 only detects orientation and yields no text.
        ArgumentOutOfRangeException.ThrowIfLessThan(PageSegmentationMode, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(PageSegmentationMode, 13);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxParallelPages, 1);
    }
}
