using System.Diagnostics;

namespace DirectiveSearch.Bench.Measures;

/// <summary>
/// poppler's pdftotext over the same PDFs with as many processes at once as our workers: the yardstick for
/// PDF ingest (it extracts text only: no structure, no paragraphs, no header and footer removal).
/// </summary>
public static class PdfToTextBaseline
{
    /// <returns>Seconds for all files, or null when pdftotext is not installed.</returns>
    public static double? Measure(IReadOnlyList<string> pdfs, int workers)
    {
        if (pdfs.Count == 0 || !Installed())
            return null;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(pdfs, new ParallelOptions { MaxDegreeOfParallelism = workers }, pdf =>
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-q", "-enc", "UTF-8", pdf, "-"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        });
        return clock.Elapsed.TotalSeconds;
    }

    private static bool Installed()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("pdftotext", ["-v"]) { RedirectStandardError = true, UseShellExecute = false });
            probe?.WaitForExit();
            return probe is not null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
