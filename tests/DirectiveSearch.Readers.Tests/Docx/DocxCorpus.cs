using System.Runtime.CompilerServices;

namespace DirectiveSearch.Readers.Tests.Docx;

/// <summary>The repository's corpus/ folder, found by walking up to the folder holding DirectiveSearch.sln.</summary>
internal static class DocxCorpus
{
    public static readonly TheoryData<string> Seeds = new() { "000", "001", "002", "003", "004" };

    private static readonly Lazy<string> Folder = new(() =>
        Locate(AppContext.BaseDirectory)
        // Built with --artifacts-path outside the repository, the tests run from there; this source file's path still leads home.
        ?? Locate(SourceFolder())
        ?? throw new InvalidOperationException($"No DirectiveSearch.sln above {AppContext.BaseDirectory} or {SourceFolder()}"));

    /// <summary>The corpus file of a seed ("000") with an extension (".docx", ".txt").</summary>
    public static string Find(string seed, string extension) =>
        Directory.EnumerateFiles(Folder.Value, seed + "_*" + extension)
            .Single(path => Path.GetFileName(path).Split('.', 2)[1] == extension.TrimStart('.'));

    private static string? Locate(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DirectiveSearch.sln")))
                return Path.Combine(directory.FullName, "corpus");
        }

        return null;
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";
}
