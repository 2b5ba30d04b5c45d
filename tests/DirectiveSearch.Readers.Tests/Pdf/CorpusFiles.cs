using System.Runtime.CompilerServices;

namespace DirectiveSearch.Readers.Tests.Pdf;

/// <summary>Finds the repository's corpus/ folder from wherever the test assembly runs.</summary>
internal static class CorpusFiles
{
    private static readonly Lazy<string> Folder = new(() => Locate(AppContext.BaseDirectory) ?? Locate(SourceFolder())
        ?? throw new InvalidOperationException($"No DirectiveSearch.sln above {AppContext.BaseDirectory} or {SourceFolder()}"));

    private static string? Locate(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DirectiveSearch.sln")))
                return Path.Combine(directory.FullName, "corpus");
        }
        return null;
    }

    // Builds with an --artifacts-path outside the repository run the tests from there; the source file still knows.
    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";

    /// <summary>
    /// The corpus file of a seed ("000") with an extension (".pdf", ".txt", ".scanned.pdf");
    /// ".pdf" means the printed PDF, not the scan of it.
    /// </summary>
    public static string Find(string seed, string extension) =>
        Directory.EnumerateFiles(Folder.Value, seed + "_*" + extension)
            .Single(path => Path.GetFileName(path).Split('.', 2)[1] == extension.TrimStart('.'));
}
