namespace DirectiveSearch.Readers.Ocr;

/// <summary>Resolves a configured tool name or path to an executable file, the way a shell would.</summary>
internal static class ToolLocator
{
    /// <summary>The full path of the executable, or null when there is none.</summary>
    public static string? Find(string nameOrPath)
    {
        if (nameOrPath.Contains(Path.DirectorySeparatorChar) || nameOrPath.Contains(Path.AltDirectorySeparatorChar))
            return Candidates(Path.GetFullPath(nameOrPath)).FirstOrDefault(IsExecutable);

        var searchPath = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var found = Candidates(Path.Combine(directory, nameOrPath)).FirstOrDefault(IsExecutable);
            if (found is not null)
                return found;
        }

        return null;
    }

    private static IEnumerable<string> Candidates(string path)
    {
        yield return path;
        if (OperatingSystem.IsWindows() && !Path.HasExtension(path))
            yield return path + ".exe";
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
            return false;
        if (OperatingSystem.IsWindows())
            return true;

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
