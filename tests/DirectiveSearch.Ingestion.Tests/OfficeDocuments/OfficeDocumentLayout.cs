namespace DirectiveSearch.Ingestion.Tests.OfficeDocuments;

/// <summary>
/// One real document as its page lays it out: the header's two rows of two cells (issuer | motto, number |
/// place and date), the body's paragraphs, and the end's two cells (recipients | signature). Read from a
/// documents/*.layout.txt file, where "@ISSUER", "@MOTTO", "@NUMBER", "@DATE", "@BODY", "@RECIPIENTS" and
/// "@SIGNATURE" open each part and "#" lines say where the text comes from.
/// </summary>
internal sealed record OfficeDocumentLayout(
    string Name,
    IReadOnlyList<string> Issuer,
    IReadOnlyList<string> Motto,
    IReadOnlyList<string> Number,
    IReadOnlyList<string> Date,
    IReadOnlyList<string> Body,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Signature)
{
    public static string Folder => Path.Combine(RepositoryFiles.Root, "tests", "DirectiveSearch.Ingestion.Tests", "OfficeDocuments");

    public static IReadOnlyList<OfficeDocumentLayout> All() =>
        Directory.GetFiles(Path.Combine(Folder, "documents"), "*.layout.txt")
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();

    public static OfficeDocumentLayout Read(string path)
    {
        var parts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0)
                continue;
            if (line.StartsWith('@'))
            {
                current = parts[line[1..].Trim()] = [];
                continue;
            }

            if (current is null)
                throw new InvalidDataException($"{path}: text before the first part: '{line}'");
            current.Add(line.Trim());
        }

        IReadOnlyList<string> Part(string name) => parts.TryGetValue(name, out var lines) ? lines : [];
        var name = Path.GetFileName(path).Split('.')[0];
        return new OfficeDocumentLayout(name, Part("ISSUER"), Part("MOTTO"), Part("NUMBER"), Part("DATE"), Part("BODY"), Part("RECIPIENTS"), Part("SIGNATURE"));
    }
}
