using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Structure;
using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Tests.Citations;

/// <summary>
/// The seed plans as the pipeline hands them to the citation stages, and the eyecite-style markup the tests
/// write expectations in: "Thực hiện &lt;0&gt;Kết luận số 21-KL/TW&lt;/0&gt;, ngày ..." (tags may be any word:
/// "&lt;implements&gt;...&lt;/implements&gt;").
/// </summary>
internal static partial class CitationTestFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string CitationsDirectory => Path.Combine(RepoRoot, "tests", "DirectiveSearch.Core.Tests", "Citations");

    public static IReadOnlyList<string> SeedPrefixes { get; } = ["000", "001", "002", "003", "004"];

    /// <summary>
    /// The seed whose file name starts with <paramref name="prefix"/>, as a record: emphasis markers removed
    /// (the plain-text reader's job; a line that is only "*" is the header's star and stays), then the
    /// pipeline's own paragraph normalization, then the structure parser.
    /// </summary>
    public static DocumentRecord Seed(string prefix)
    {
        var file = Directory.GetFiles(Path.Combine(RepoRoot, "corpus"), $"{prefix}_*.txt").Single();
        var lines = File.ReadAllLines(file).Select(l => l.Trim() == "*" ? l : l.Replace("**", string.Empty, StringComparison.Ordinal).Replace("*", string.Empty, StringComparison.Ordinal));
        var text = ParagraphText.Join(ParagraphText.NormalizeParagraphs(lines)).Normalize(NormalizationForm.FormC);
        return Record(Path.GetFileNameWithoutExtension(file), text);
    }

    /// <summary>
    /// A file of ../shared/bench as a record with id <paramref name="id"/>: a vbpl file's first line (its source address)
    /// left out, then the pipeline's paragraph normalization and NFC, as the plain-text reader hands it on.
    /// </summary>
    /// <param name="path">The file, absolute.</param>
    public static DocumentRecord BenchRecord(string path, string id)
    {
        var lines = File.ReadAllLines(path).Skip(path.Contains("vbpl", StringComparison.Ordinal) ? 1 : 0);
        var text = ParagraphText.Join(ParagraphText.NormalizeParagraphs(lines)).Normalize(NormalizationForm.FormC);
        return Record(id, text);
    }

    /// <summary>Files of ../shared/bench/vbpl ("doc_000632.txt") as records, each with its file name as id.</summary>
    public static List<DocumentRecord> VbplRecords(IEnumerable<string> files) =>
        [.. files.Select(f => BenchRecord(Path.Combine(RepositoryFiles.Bench, "vbpl", f), f))];

    /// <summary>A record of <paramref name="text"/> with what the structure parser reads from it.</summary>
    public static DocumentRecord Record(string id, string text)
    {
        var s = DocumentStructureParser.Parse(text);
        return new DocumentRecord(id, [], s.Type, s.Symbol, s.Title, s.Issuer, s.Place, s.Date, s.Sections, s.Recipients, s.Signer, text);
    }

    /// <summary>Removes the tags of marked-up text: the plain text and each tagged span with its tag name, in order of opening.</summary>
    public static (string Text, IReadOnlyList<(string Tag, TextSpan Span)> Spans) Unmark(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var open = new List<(string Tag, int Start, int Order)>();
        var spans = new List<(string Tag, TextSpan Span, int Order)>();
        var position = 0;
        var order = 0;
        foreach (Match tag in Tag().Matches(marked))
        {
            text.Append(marked, position, tag.Index - position);
            position = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value;
            if (!tag.Groups["close"].Success)
            {
                open.Add((name, text.Length, order++));
                continue;
            }

            var at = open.FindLastIndex(o => o.Tag == name);
            if (at < 0)
                throw new FormatException($"</{name}> closes nothing in: {marked}");
            spans.Add((name, new TextSpan(open[at].Start, text.Length), open[at].Order));
            open.RemoveAt(at);
        }

        text.Append(marked, position, marked.Length - position);
        return (text.ToString(), [.. spans.OrderBy(s => s.Order).Select(s => (s.Tag, s.Span))]);
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[0-9a-z]+)>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    private static string FindRepoRoot()
    {
        string[] starts = [AppContext.BaseDirectory, Environment.CurrentDirectory, Path.GetDirectoryName(SourcePath()) ?? string.Empty];
        foreach (var start in starts.Where(s => s.Length > 0))
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "DirectiveSearch.sln")))
                    return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No DirectiveSearch.sln above {string.Join(" or ", starts)}.");
    }

    private static string SourcePath([CallerFilePath] string path = "") => path;
}
