using DirectiveSearch.Core.Assignments;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Tests.Citations;

namespace DirectiveSearch.Core.Tests.Assignments;

/// <summary>One hand-annotated task of gold-seeds.tsv or heldout-gold.tsv.</summary>
/// <remarks><see cref="Output"/> is null where the file has no output column (the seeds' gold), empty where the task names none.</remarks>
internal sealed record GoldAssignment(string DocumentId, string Span, IReadOnlyList<string> Lead, IReadOnlyList<string> Supporting, string DeadlineText, string Kind, DateOnly? Due, string? Recurrence, string? Output = null)
{
    public static IReadOnlyList<GoldAssignment> Read(string fileName) =>
        [.. File.ReadAllLines(Path.Combine(AssignmentFiles.Directory, fileName))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => new GoldAssignment(
                f[0],
                f[1],
                Units(f[2]),
                Units(f[3]),
                f[4],
                f[5],
                f[6].Length == 0 ? null : DateOnly.ParseExact(f[6], "yyyy-MM-dd"),
                f.Length > 7 && f[7].Length > 0 ? f[7] : null,
                f.Length > 8 ? f[8] : null))];

    private static IReadOnlyList<string> Units(string field) => field.Length == 0 ? [] : field.Split('|');
}

/// <summary>The test files of the assignment extractor and the documents they annotate.</summary>
internal static class AssignmentFiles
{
    public static string Directory => Path.Combine(CitationTestFiles.RepoRoot, "tests", "DirectiveSearch.Core.Tests", "Assignments");

    /// <summary>
    /// The held-out texts as records, each with the issuer and, where given, the date its block header names (the pages
    /// quote the passage, not the document's header, whose date tells the year of "trước 30/10").
    /// </summary>
    public static IReadOnlyDictionary<string, DocumentRecord> HeldOut(string fileName = "heldout-texts.txt")
    {
        var records = new Dictionary<string, DocumentRecord>(StringComparer.Ordinal);
        string? id = null;
        string? issuer = null;
        DateOnly? date = null;
        var lines = new List<string>();
        void Flush()
        {
            if (id is not null)
                records[id] = CitationTestFiles.Record(id, string.Join('\n', lines)) with { Issuer = issuer, Date = date };
            lines.Clear();
        }

        foreach (var line in File.ReadAllLines(Path.Combine(Directory, fileName)))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal) && id is null)
                continue;
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Flush();
                var fields = line[4..].Split('\t');
                (id, issuer) = (fields[0], fields[2]);
                date = fields.Length > 4 ? DateOnly.ParseExact(fields[4], "yyyy-MM-dd") : null;
                continue;
            }

            lines.Add(line);
        }

        Flush();
        return records;
    }
}
