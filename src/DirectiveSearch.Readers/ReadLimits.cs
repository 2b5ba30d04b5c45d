namespace DirectiveSearch.Readers;

/// <summary>
/// How much one file may cost to read. Archives hold twenty years of damaged downloads and the odd
/// hostile file; a limit turns "the indexer hung" or "the indexer died" into one rejected file.
/// The defaults are far above what any real document in the corpus needs (a 500-page PDF allocates
/// about 1 GB while it is read, the largest word/document.xml is a few megabytes).
/// </summary>
public sealed record ReadLimits
{
    /// <summary>Largest file read at all; bigger files are refused before a byte is read.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Most pages a PDF may have.</summary>
    public int MaxPages { get; init; } = 5000;

    /// <summary>Wall-clock time for reading and parsing one file. OCR pages are not counted: each
    /// Tesseract run has its own timeout (<c>TesseractOcrOptions.Timeout</c>) and is killed at it.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Bytes the reading thread may allocate for one file. Peak memory can never exceed what was
    /// allocated, so this bounds what a file can make the process hold; it also counts garbage, which
    /// is why it is set well above a large real file's figure.
    /// </summary>
    public long MaxAllocatedBytes { get; init; } = 6L * 1024 * 1024 * 1024;

    /// <summary>
    /// Largest size one compressed PDF stream (a page's content, a font) may inflate to. PdfPig inflates
    /// into memory without a limit; real content streams are well under a megabyte.
    /// </summary>
    public long MaxDecodedStreamBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Most text-showing operators (Tj, TJ) one PDF content stream (a page, or a form it draws) may hold, counted before
    /// PdfPig parses the page. PdfPig keeps every operator and every glyph of a page as objects: six million
    /// "(A) Tj" in a 62 KB file took a server from 1.5 to 4.3 GB. A dense real page has a few thousand.
    /// </summary>
    public int MaxTextOperatorsPerStream { get; init; } = 100_000;

    /// <summary>Most glyphs one PDF page may draw (a dense A4 page of small type has about 6,000).</summary>
    public int MaxGlyphsPerPage { get; init; } = 100_000;

    /// <summary>Most characters of text one document may yield (the longest law of the bench has about 1.5 million).</summary>
    public long MaxTextCharacters { get; init; } = 32L * 1024 * 1024;

    /// <summary>Most entries a DOCX package may list (real ones have tens, a few hundred with images).</summary>
    public int MaxZipEntries { get; init; } = 10_000;

    /// <summary>Largest uncompressed size one DOCX entry may declare.</summary>
    public long MaxZipEntryBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Largest uncompressed size of all DOCX entries together.</summary>
    public long MaxZipTotalBytes { get; init; } = 500L * 1024 * 1024;

    /// <summary>
    /// Highest uncompressed/compressed ratio an entry of more than <see cref="RatioFloorBytes"/> may
    /// declare. Word XML compresses 5–30×; DEFLATE cannot exceed about 1,030×, which is what a
    /// zip bomb's entries come close to.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Entries smaller than this are not held to <see cref="MaxCompressionRatio"/>: a tiny
    /// run of repeated bytes compresses extremely well and harms nobody.</summary>
    public long RatioFloorBytes { get; init; } = 1024 * 1024;

    /// <summary>Most characters one XML part of a DOCX may hold (its DOM is about ten times that in memory).</summary>
    public long MaxXmlCharacters { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Deepest element nesting in a DOCX XML part. The OpenXml SDK builds its tree recursively and a
    /// stack overflow cannot be caught: it ends the process. Real documents stay under 40 (a table
    /// in a table cell adds four levels).
    /// </summary>
    public int MaxXmlDepth { get; init; } = 160;

    public static ReadLimits Default { get; } = new();
}
