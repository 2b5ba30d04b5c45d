namespace DirectiveSearch.Ingestion.Discovery;

/// <summary>
/// Finds the files to ingest under the given paths: supported extensions only, in ordinal path
/// order so that runs are reproducible and a document's id (the stem of its first file) is stable.
/// </summary>
public static class FileDiscovery
{
    private static readonly HashSet<string> SupportedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".docx", ".pdf",
    };

    public static bool IsSupported(string path) => SupportedExtensions.Contains(Path.GetExtension(path));

    /// <summary>Returns the supported files, and the paths that do not exist.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Find(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                // A file named explicitly is tried whatever its extension: the user asked for it.
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                var options = new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = true,
                    // Following directory links could loop forever (a link to a parent folder).
                    AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
                };
                foreach (var file in Directory.EnumerateFiles(path, "*", options))
                {
                    if (IsSupported(file))
                        files.Add(Path.GetFullPath(file));
                }
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files.ToList(), missing);
    }
}
