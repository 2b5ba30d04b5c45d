using System.Runtime.CompilerServices;

namespace DirectiveSearch.TestSupport;

/// <summary>The repository (the folder holding DirectiveSearch.sln), its corpus/ and the shared bench data beside it.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> RootFolder = new(() => FindRoot());

    public static string Root => RootFolder.Value;

    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>../shared/bench: real state documents, beside the repository in CI as on developers' machines.</summary>
    public static string Bench => Path.GetFullPath(Path.Combine(Root, "..", "shared", "bench"));

    public static string CorpusFile(string name) => Path.Combine(Corpus, name);

    /// <summary>
    /// The corpus file of a seed ("000") with an extension (".pdf", ".txt", ".scanned.pdf");
    /// ".pdf" means the printed PDF, not the scan of it.
    /// </summary>
    public static string Seed(string seed, string extension) =>
        Directory.EnumerateFiles(Corpus, seed + "_*" + extension)
            .Single(path => Path.GetFileName(path).Split('.', 2)[1] == extension.TrimStart('.'));

    // Built with --artifacts-path, the tests run from outside the repository; the compiled-in
    // source path and the working directory still lead back to it.
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
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
