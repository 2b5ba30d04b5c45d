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
    /// Deletes what a killed upload or deletion left behind: partial files, and stored files the index does not
    /// list (saved but never committed, or committed away but not yet deleted). Returns the deleted paths.
    /// </summary>
    public IReadOnlyList<string> RemoveStray(IReadOnlySet<string> indexedFullPaths)
    {
        if (!Directory.Exists(Path))
            return [];
        var removed = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path))
        {
            if (indexedFullPaths.Contains(file))
                continue;
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

        return removed;
    }
}
