using DirectiveSearch.Core.Documents;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>
/// Gives each ingested file the path the index stores (<see cref="SourceLocation"/>): an upload in the index's
/// <c>uploads/</c> as <c>uploads/&lt;name&gt;</c>; any other file relative to the deepest folder given to this ingest that
/// holds it, else to a folder the previous generation recorded (a server's change passes single files, and they keep
/// the folder the corpus was ingested from), else to its own folder.
/// </summary>
internal sealed class SourcePlacement
{
    private readonly string uploads;
    private readonly IReadOnlyList<string> roots;
    private readonly Dictionary<(string Path, string Hash), string> rootByStored = [];

    public SourcePlacement(string indexDirectory, IEnumerable<string> givenPaths, IEnumerable<string> previousRoots)
    {
        uploads = Path.Combine(Path.GetFullPath(indexDirectory), SourceLocation.UploadsFolderName);
        var given = givenPaths.Select(Path.GetFullPath).Where(Directory.Exists).Select(Folder);
        roots = [.. given.OrderByDescending(r => r.Length).Concat(previousRoots.Select(Folder).OrderByDescending(r => r.Length)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The report's records and sources with stored paths, for the index; the report itself keeps the paths it showed.</summary>
    public (IReadOnlyList<DocumentRecord> Documents, IReadOnlyList<ParsedSource> Sources) Place(IngestReport report) =>
        ([.. report.Documents.Select(d => d with { Sources = [.. d.Sources.Select(Place)] })],
         [.. report.Sources.Select(s => s with { File = Place(s.File) })]);

    /// <summary>The folder a placed file's stored path is relative to; null for an upload.</summary>
    public string? RootOf(SourceFile placed) => rootByStored.GetValueOrDefault((placed.Path, placed.ContentHash));

    private SourceFile Place(SourceFile file)
    {
        // Paths in the report are as shown to the user: relative to this process's working directory, or absolute.
        var full = Path.GetFullPath(file.Path);
        var folder = Path.GetDirectoryName(full)!;
        if (string.Equals(folder, uploads, StringComparison.Ordinal))
            return file with { Path = SourceLocation.UploadPath(Path.GetFileName(full)) };
        var root = roots.FirstOrDefault(r => full.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal)) ?? folder;
        var stored = Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
        lock (rootByStored)
            rootByStored[(stored, file.ContentHash)] = root;
        return file with { Path = stored };
    }

    private static string Folder(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
