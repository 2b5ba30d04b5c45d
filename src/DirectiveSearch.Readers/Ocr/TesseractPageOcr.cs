using System.Collections.Concurrent;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.ExceptionServices;

namespace DirectiveSearch.Readers.Ocr;

/// <summary>
/// OCR through the command-line tools: pdftoppm (poppler-utils) renders each page to a grey image,
/// tesseract reads it. Shelling out keeps native OCR libraries out of the process and lets a stuck
/// page be killed without taking the indexer down.
/// </summary>
public sealed class TesseractPageOcr : IPageOcr
{
    // Tesseract's own OpenMP threads fight each other (and our parallel pages) for cores and make
    // it slower overall; parallelism is ours to decide through MaxParallelPages.
    private static readonly IReadOnlyDictionary<string, string> TesseractEnvironment =
        new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" };

    private readonly TesseractOcrOptions ocrOptions;
    private readonly OcrToolCheck toolCheck;

    // Only successful checks are remembered, so installing a missing package takes effect without a restart.
    private readonly ConcurrentDictionary<string, OcrAvailability> available = new(StringComparer.Ordinal);

    public TesseractPageOcr() : this(TesseractOcrOptions.Default) { }

    public TesseractPageOcr(TesseractOcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        ocrOptions = options;
        toolCheck = new OcrToolCheck(options);
    }

    /// <summary>Whether the tools and the given tesseract languages ("vie", "vie+eng") are installed.</summary>
    public OcrAvailability Check(string languages = "vie")
    {
        var codes = OcrLanguages.Parse(languages);
        var key = string.Join('+', codes);
        if (available.TryGetValue(key, out var known))
            return known;

        var availability = toolCheck.Check(codes);
        if (availability.IsAvailable)
            available[key] = availability;
        return availability;
    }

    public IReadOnlyDictionary<int, IReadOnlyList<string>> Recognize(byte[] pdf, IReadOnlyList<int> pageNumbers, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(pageNumbers);
        ArgumentNullException.ThrowIfNull(options);
        var pages = pageNumbers.Distinct().Order().ToArray();
        if (pages.Length > 0 && pages[0] < 1)
            throw new ArgumentOutOfRangeException(nameof(pageNumbers), pages[0], "Page numbers are 1-based.");

        var results = new SortedDictionary<int, IReadOnlyList<string>>();
        if (pages.Length == 0)
            return results;

        var languages = string.Join('+', OcrLanguages.Parse(options.OcrLanguages));
        var availability = Check(languages);
        if (!availability.IsAvailable)
            throw new DocumentReadException(availability.Problem!);

        var workDirectory = Directory.CreateTempSubdirectory("directivesearch-ocr-");
        try
        {
            var job = new PageJob(
                Path.Combine(workDirectory.FullName, "input.pdf"),
                workDirectory.FullName,
                availability.PdftoppmPath!,
                availability.TesseractPath!,
                languages);
            File.WriteAllBytes(job.PdfPath, pdf);

            var recognized = new ConcurrentDictionary<int, IReadOnlyList<string>>();
            ForEachPage(pages, page => recognized[page] = RecognizePage(job, page));
            foreach (var (page, paragraphs) in recognized)
                results[page] = paragraphs;
            return results;
        }
        finally
        {
            DeleteQuietly(workDirectory);
        }
    }

    private void ForEachPage(int[] pages, Action<int> recognize)
    {
        if (ocrOptions.MaxParallelPages == 1 || pages.Length == 1)
        {
            foreach (var page in pages)
                recognize(page);
            return;
        }

        try
        {
            Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = ocrOptions.MaxParallelPages }, recognize);
        }
        catch (AggregateException aggregate)
        {
            // Callers expect the DocumentReadException of a failed page, not the parallel wrapper.
            var first = aggregate.InnerExceptions.OfType<DocumentReadException>().FirstOrDefault()
                ?? aggregate.InnerExceptions[0];
            ExceptionDispatchInfo.Throw(first);
        }
    }

    private IReadOnlyList<string> RecognizePage(PageJob job, int page)
    {
        var pageText = page.ToString(CultureInfo.InvariantCulture);
        var dpi = ocrOptions.Dpi.ToString(CultureInfo.InvariantCulture);
        var imageRoot = Path.Combine(job.WorkDirectory, "page-" + pageText);
        // Without -png pdftoppm writes a raw grey PGM: tesseract reads the same pixels (identical
        // text on the corpus scan) and the page renders in 0.2 s instead of 0.7 s spent compressing
        // a file that is deleted moments later.
        RunTool(job.PdftoppmPath, "pdftoppm", page, OcrMessages.MissingPdftoppm(ocrOptions.PdftoppmPath),
        [
            "-r", dpi,
            "-f", pageText, "-l", pageText,
            "-gray",
            // Without it the file name gets a page suffix whose zero-padding depends on the page count.
            "-singlefile",
            job.PdfPath, imageRoot,
        ]);

        var image = imageRoot + ".pgm";
        if (!File.Exists(image))
            throw new DocumentReadException(OcrMessages.NoImage(page));
        try
        {
            var missing = OcrMessages.MissingTesseract(ocrOptions.TesseractPath, OcrLanguages.Parse(job.Languages));
            var result = RunTool(job.TesseractPath, "tesseract", page, missing,
            [
                image, "stdout",
                "-l", job.Languages,
                "--psm", ocrOptions.PageSegmentationMode.ToString(CultureInfo.InvariantCulture),
                // PGM carries no resolution; tesseract would otherwise guess one from the glyph sizes.
                "--dpi", dpi,
            ], TesseractEnvironment);
            return OcrParagraphs.FromTesseractText(result.StandardOutput);
        }
        finally
        {
            // Rendered pages are megabytes each; a long document should not pile them all up.
            File.Delete(image);
        }
    }

    private ToolResult RunTool(
        string executable,
        string toolName,
        int page,
        string missingReason,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        ToolResult result;
        try
        {
            result = ToolProcess.Run(executable, arguments, ocrOptions.Timeout, environment);
        }
        catch (Win32Exception error)
        {
            // Removed or made unrunnable after the availability check.
            throw new DocumentReadException(OcrMessages.Unavailable([missingReason]), error);
        }

        if (!result.Succeeded)
            throw new DocumentReadException(OcrMessages.PageFailed(page, toolName, result));
        return result;
    }

    private static void DeleteQuietly(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A leftover temp directory must not hide the OCR result or the real failure.
        }
    }

    private sealed record PageJob(
        string PdfPath,
        string WorkDirectory,
        string PdftoppmPath,
        string TesseractPath,
        string Languages);
}
