using System.Runtime.CompilerServices;

namespace DirectiveSearch.Server.Tests;

/// <summary>Finds the repository and its corpus/.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    // Builds with --artifacts-path put the binaries outside the repository, so the source file's
    // own location is the second place to look.
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? string.Empty })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DirectiveSearch.sln")))
                    return dir.FullName;
            }
        }

        throw new InvalidOperationException("DirectiveSearch.sln not found above " + AppContext.BaseDirectory);
    }
}
