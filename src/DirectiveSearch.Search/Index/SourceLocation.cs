using System.Text.RegularExpressions;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// Where a source file of the index is on disk. An upload is stored as <c>uploads/&lt;sha256&gt;.&lt;ext&gt;</c>, relative
/// to the index folder, so the index can be moved or copied with its <c>uploads/</c>; a corpus file as its path
/// relative to the folder given to ingest, with that folder (absolute) kept beside it in the index, so the index can
/// be served from any working directory. Neither form shows an absolute path of the server's disk in a record.
/// </summary>
public static partial class SourceLocation
{
    public const string UploadsFolderName = "uploads";

    /// <summary>The stored path of an uploaded file, by its name.</summary>
    public static string UploadPath(string fileName) => UploadsFolderName + "/" + fileName;

    /// <summary>The name an upload is stored under: the content's SHA-256 and the sniffed format's extension.</summary>
    public static bool IsUploadName(string fileName) => UploadName().IsMatch(fileName);

    /// <summary>The full path of a stored source.</summary>
    /// <param name="root">The folder <paramref name="storedPath"/> is relative to; null for an upload, or for an index written before roots were kept.</param>
    public static string Resolve(string indexDirectory, string storedPath, string? root)
    {
        if (root is not null)
            return Path.GetFullPath(Path.Combine(root, storedPath));
        var uploads = Path.Combine(Path.GetFullPath(indexDirectory), UploadsFolderName);
        if (storedPath.StartsWith(UploadsFolderName + "/", StringComparison.Ordinal) && storedPath.IndexOf('/', UploadsFolderName.Length + 1) < 0)
            return Path.Combine(uploads, storedPath[(UploadsFolderName.Length + 1)..]);
        // Uploads of any index, old ones included ("index/uploads/<sha>.txt", relative to the working directory it was
        // written from), are found in the uploads folder of the index they belong to.
        var name = Path.GetFileName(storedPath);
        var folder = Path.GetFileName(Path.GetDirectoryName(storedPath));
        if (folder == UploadsFolderName && IsUploadName(name))
            return Path.Combine(uploads, name);
        // An index written before roots were kept: its paths are relative to the working directory of that ingest.
        return Path.GetFullPath(storedPath);
    }

    [GeneratedRegex("^[0-9a-f]{64}\\.(txt|pdf|docx)$", RegexOptions.CultureInvariant)]
    private static partial Regex UploadName();
}
