using DirectiveSearch.Ingestion.Discovery;

namespace DirectiveSearch.Bench.Soak;

/// <summary>The files of one document: those whose names share the part before the first dot ("001_e0cf…" for its .txt, .docx, .pdf, .scanned.pdf).</summary>
public sealed record SoakDocument(string Name, IReadOnlyList<string> Files);

/// <summary>
/// The soak's material: the first document seeds the index the server starts with; the others are uploaded and
/// deleted, one file of a document at a time, so that no upload merges into another document and the expected
/// set of ids follows from the answers alone.
/// </summary>
public sealed record SoakFiles(SoakDocument Seed, IReadOnlyList<SoakDocument> Pool)
{
    public static SoakFiles Find(string directory)
    {
        var documents = FileDiscovery.Find([directory]).Files
            .GroupBy(path => Path.GetFileName(path).Split('.', 2)[0], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SoakDocument(g.Key, [.. g.Order(StringComparer.Ordinal)]))
            .ToList();
        if (documents.Count < 2)
            throw new UsageException($"--files needs the files of at least two documents (.txt, .md, .docx, .pdf), found {documents.Count} under '{directory}'");
        return new SoakFiles(documents[0], documents[1..]);
    }

    public int FileCount => Seed.Files.Count + Pool.Sum(d => d.Files.Count);
}
