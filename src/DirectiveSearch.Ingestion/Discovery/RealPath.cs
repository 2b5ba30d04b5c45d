namespace DirectiveSearch.Ingestion.Discovery;

/// <summary>
/// The path with every symbolic link along it resolved, so two ways to the same folder or file
/// compare equal. .NET has no realpath(); this resolves one component at a time, as the kernel does.
/// </summary>
internal static class RealPath
{
    // Linux gives up (ELOOP) after 40 links on one path; so do we, keeping the path as it is.
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var links = 0;
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var rest = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        while (rest.TryDequeue(out var part))
        {
            var candidate = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(candidate).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                target = null;
            }

            if (target is null)
            {
                current = candidate;
                continue;
            }

            if (++links > MaxLinks)
                return full;
            // The target replaces the link and is itself resolved, component by component, from its root.
            var resolved = Path.GetFullPath(target, current);
            var remaining = rest.ToArray();
            root = Path.GetPathRoot(resolved) ?? string.Empty;
            rest = new Queue<string>(resolved[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(remaining));
            current = root;
        }

        return current;
    }
}
