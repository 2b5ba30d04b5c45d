using System.Runtime.CompilerServices;

namespace DirectiveSearch.Readers.Tests.Ocr;

/// <summary>Finds the repository's bundled corpus from wherever the tests run.</summary>
internal static class OcrCorpus
{
    public const string ScannedPdf = "001_e0cf88b19ba32315.scanned.pdf";
    public const string ScannedPdfText = "001_e0cf88b19ba32315.txt";

    private static readonly Lazy<string> Root = new(() => FindRoot());

    public static string PathOf(string name) => Path.Combine(Root.Value, "corpus", name);

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        // The build output normally sits inside the repository, but with --artifacts-path it can be
        // anywhere (e.g. /tmp); the compiled-in source path and the working directory still lead back.
        string?[] starts = [AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile), Environment.CurrentDirectory];
        foreach (var start in starts.OfType<string>().Where(Directory.Exists))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DirectiveSearch.sln")))
                    return dir.FullName;
            }
        }

        throw new InvalidOperationException("DirectiveSearch.sln not found above " + string.Join(", ", starts));
    }
}
