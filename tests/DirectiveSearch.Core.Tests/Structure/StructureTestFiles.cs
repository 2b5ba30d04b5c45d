using System.Text;
using System.Text.RegularExpressions;

namespace DirectiveSearch.Core.Tests.Structure;

/// <summary>
/// Finds the corpus and the shared bench from the test binaries, and turns a seed's .txt into the
/// normalized text the ingestion pipeline hands to the structure parser.
/// </summary>
internal static class StructureTestFiles
{
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The folder holding DirectiveSearch.sln.</summary>
    public static string RepoRoot => RepositoryFiles.Root;

    public static string CorpusDirectory => Path.Combine(RepoRoot, "corpus");

    /// <summary>The shared bench beside the repository (../shared/bench); it is always there in CI.</summary>
    public static string BenchDirectory
    {
        get
        {
            var bench = RepositoryFiles.Bench;
            Assert.True(Directory.Exists(bench), $"The shared bench is missing: expected it at {bench}.");
            return bench;
        }
    }

    /// <summary>The normalized text of the seed whose file name starts with <paramref name="prefix"/> ("000").</summary>
    public static string Seed(string prefix)
    {
        var file = Directory.GetFiles(CorpusDirectory, $"{prefix}_*.txt").Single();
        return Normalize(File.ReadAllLines(file));
    }

    /// <summary>A bench file's normalized text; vbpl files start with their address, which is skipped.</summary>
    public static string Bench(string relativePath)
    {
        var lines = File.ReadAllLines(Path.Combine(BenchDirectory, relativePath));
        return Normalize(relativePath.StartsWith("vbpl", StringComparison.Ordinal) ? lines.Skip(1) : lines);
    }

    /// <summary>
    /// What the pipeline produces from a converted file: emphasis markers, the Word bookmark and table bars
    /// removed, each line trimmed with inner whitespace collapsed, empty lines dropped, NFC. A line that is
    /// only "*" is the star under a Party committee in the header (seed 003), not emphasis, and stays.
    /// </summary>
    public static string Normalize(IEnumerable<string> lines)
    {
        var paragraphs = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Replace("[bookmark: _GoBack]", string.Empty, StringComparison.Ordinal)
                .Replace("**", string.Empty, StringComparison.Ordinal)
                .Replace("|", " ", StringComparison.Ordinal);
            if (line.Trim() != "*")
                line = line.Replace("*", string.Empty, StringComparison.Ordinal);
            line = Whitespace.Replace(line, " ").Trim();
            if (line.Length > 0)
                paragraphs.Add(line);
        }

        return string.Join('\n', paragraphs).Normalize(NormalizationForm.FormC);
    }

    /// <summary>Paragraphs of a small test document written one per array element.</summary>
    public static string Text(params string[] paragraphs) => string.Join('\n', paragraphs);
}
