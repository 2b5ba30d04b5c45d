namespace DirectiveSearch.Ingestion.Discovery;

/// <summary>
/// Finds the files to ingest under the given paths: supported extensions only, in ordinal path
/// order so that runs are reproducible and a document's id (the stem of its first file) is stable.
/// </summary>
/// <remarks>
/// Symbolic links are followed, to files and to folders, wherever they point: the corpus folder is
/// the user's own, and a link in it (to an archive on another disk) is put there on purpose. Each
/// real folder is walked once, so a link to a parent folder ends the walk instead of looping, and
/// each real file is listed once, under the first path that reaches it, so a file linked from two
/// folders is not ingested twice. A link whose target is missing is listed and then rejected by
/// the parser with that reason. Hidden files and folders (".git", "~$draft.docx") are skipped.
/// </remarks>
public static class FileDiscovery
{
    private static readonly EnumerationOptions OneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    public static bool IsSupported(string path) => SourceFormat.IsSupported(path);

    /// <summary>Returns the supported files, and the paths that do not exist.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Find(IEnumerable<string> paths)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var walked = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                // A file named explicitly is tried whatever its extension: the user asked for it.
                found.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                Walk(Path.GetFullPath(path), walked, found);
            }
            else if (IsLink(path))
            {
                // A dangling link named explicitly: the parser says what it points to.
                found.Add(Path.GetFullPath(path));
            }
            else
            {
                missing.Add(path);
            }
        }

        return (OncePerRealFile(found), missing);
    }

    // An explicit stack, not recursion: twenty years of nested archive folders must not overflow it.
    private static void Walk(string start, HashSet<string> walked, SortedSet<string> found)
    {
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var folder))
        {
            if (!walked.Add(RealPath.Of(folder)))
                continue;
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", OneFolder).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder that vanished or cannot be listed holds nothing we can read.
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo)
                    pending.Push(entry.FullName);
                else if (IsSupported(entry.Name))
                    found.Add(entry.FullName);
            }
        }
    }

    private static List<string> OncePerRealFile(SortedSet<string> found)
    {
        var real = new HashSet<string>(StringComparer.Ordinal);
        return found.Where(path => real.Add(RealPath.Of(path))).ToList();
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
