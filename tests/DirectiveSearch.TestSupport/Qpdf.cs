using System.Diagnostics;

namespace DirectiveSearch.TestSupport;

/// <summary>
/// Encrypts PDFs with qpdf, as current tools write them (AES). qpdf is installed by .ci/run; without
/// it the tests that need it fail rather than pass untested.
/// </summary>
public static class Qpdf
{
    /// <summary>The file locked with <paramref name="userPassword"/> ("" opens without asking) at 128 or 256 bits.</summary>
    public static byte[] Encrypt(byte[] pdf, string userPassword, string ownerPassword, int bits, params string[] restrictions)
    {
        // 256-bit keys are always AES; 128-bit ones are RC4 unless asked, which qpdf refuses to write.
        string[] aes = bits == 128 ? ["--use-aes=y"] : [];
        return Run(pdf, ["--encrypt", userPassword, ownerPassword, bits.ToString(System.Globalization.CultureInfo.InvariantCulture), .. aes, .. restrictions]);
    }

    private static byte[] Run(byte[] pdf, string[] arguments)
    {
        var folder = Directory.CreateTempSubdirectory("dirsearch-qpdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            var result = Path.Combine(folder.FullName, "out.pdf");
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo("qpdf") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments.Concat(["--", input, result]))
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("qpdf did not start");
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"qpdf {string.Join(' ', arguments)} exited with {process.ExitCode}: {error}");
            return File.ReadAllBytes(result);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
