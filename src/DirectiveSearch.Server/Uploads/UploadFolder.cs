using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Server.Uploads;

/// <summary>
/// Where uploaded files live: <c>&lt;index&gt;/uploads/&lt;sha256&gt;.&lt;ext&gt;</c>. Names come from the content
/// hash and the sniffed format, never from the client, so no request can choose a path. A file is received as a
/// hidden <c>.&lt;guid&gt;.part</c> (an extension no ingest reads) and renamed when complete, in the same folder so
/// that the rename is atomic.
/// </summary>
public sealed class UploadFolder(string indexDirectory)
{
    private const string PartialExtension = ".part";

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetFullPath(indexDirectory), "uploads");

    public string NewPartialFile()
    {
        Directory.CreateDirectory(Path);
        return System.IO.Path.Combine(Path, $".{Guid.NewGuid():N}{PartialExtension}");
    }

    /// <param name="contentHash">Lower-case hex SHA-256 of the bytes.</param>
    /// <param name="extension">"txt", "pdf" or "docx", as sniffed.</param>
    public string StoredFile(string contentHash, string extension) =>
        System.IO.Path.Combine(Path, $"{contentHash}.{extension}");

    public bool Holds(string fullPath) =>
        string.Equals(System.IO.Path.GetDirectoryName(fullPath), Path, StringComparison.Ordinal);

    /// <summary>
    /// Deletes only what provably is no document: partial files (no upload is running while the server starts), and
    /// stored uploads (named by their hash) that the last commit does not list <em>and</em> that are older than that
    /// commit, so no change after them can have been acknowledged with them (saved but never committed, or committed away
    /// but not yet deleted). An unlisted upload newer than the commit is kept: it is an upload whose change did not
    /// finish, and the next commit decides. Anything else in the folder is kept and reported.
    /// </summary>
    public UploadLeftovers RemoveLeftovers(IReadOnlySet<string> indexedFullPaths, DateTime lastCommitUtc)
    {
        if (!Directory.Exists(Path))
            return new UploadLeftovers([], []);
        var removed = new List<string>();
        var unknown = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path))
        {
            if (indexedFullPaths.Contains(file))
                continue;
            var name = System.IO.Path.GetFileName(file);
            var partial = name.StartsWith('.') && name.EndsWith(PartialExtension, StringComparison.Ordinal);
            var upload = SourceLocation.IsUploadName(name);
            if (!partial && !upload)
            {
                unknown.Add(file);
                continue;
            }

            if (upload && File.GetLastWriteTimeUtc(file) >= lastCommitUtc)
            {
                unknown.Add(file);
                continue;
            }

            try
            {
                File.Delete(file);
                removed.Add(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next start; it is not in the index, so it is no document either way.
            }
        }

        return new UploadLeftovers(removed, unknown);
    }
}

/// <summary>What the start-up clean-up of the uploads folder removed, and what it kept because it could not prove it garbage.</summary>
public sealed record UploadLeftovers(IReadOnlyList<string> Removed, IReadOnlyList<string> Unknown);
