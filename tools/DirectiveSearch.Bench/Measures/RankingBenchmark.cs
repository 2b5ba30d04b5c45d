using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Structure;
using DirectiveSearch.Core.Text;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Search.Querying;

namespace DirectiveSearch.Bench.Measures;

/// <summary>Ranking quality on one line of the table: a setting (granularity, diacritics), an engine, its figures.</summary>
public sealed record RankingFigures(string Setting, string Engine, int Questions, double Mrr10, double Recall1, double Recall5, double Recall10);

/// <summary>The judged set's figures, or why there are none.</summary>
public sealed record RankingReport(string Source, int Articles, int Laws, IReadOnlyList<RankingFigures> Lines, string? Skipped);

/// <summary>
/// Ranking on a judged question set laid out as ../shared/ranking/alqac2023-train: corpus/ with one article a file
/// ("lawNN-aID.txt": the law's name, a blank line, the article) and queries.jsonl ({qid, text, relevant: [stems]}).
/// Measured four ways, each question with and without diacritics: ours by document over one document per article,
/// ours with group=section over one document per law (a section hit counts as the article holding it), and SQLite
/// FTS5 (unicode61 remove_diacritics 2, the question's words OR-ed, BM25) over the same articles.
/// </summary>
public static partial class RankingBenchmark
{
    private const int Depth = 10;

    public static RankingReport Measure(string directory, string workDirectory)
    {
        var corpus = Path.Combine(directory, "corpus");
        var queriesFile = Path.Combine(directory, "queries.jsonl");
        if (!Directory.Exists(corpus) || !File.Exists(queriesFile))
            return new RankingReport(directory, 0, 0, [], $"no corpus/ and queries.jsonl under '{directory}'");

        var articles = Directory.EnumerateFiles(corpus, "*.txt")
            .Select(path => (Id: Path.GetFileNameWithoutExtension(path), Text: File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal)))
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var questions = File.ReadLines(queriesFile)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<JudgedQuestion>(line, JsonOptions) ?? throw new InvalidDataException($"{queriesFile}: a line is not a question"))
            .ToList();

        var byArticle = articles.Select(a => Record(a.Id, a.Text)).ToList();
        var (byLaw, articleAt) = Laws(articles);
        var articleIndex = Path.Combine(workDirectory, "ranking-articles");
        var lawIndex = Path.Combine(workDirectory, "ranking-laws");
        Write(articleIndex, byArticle);
        Write(lawIndex, byLaw);

        var lines = new List<RankingFigures>();
        using (var index = DocumentIndex.Open(articleIndex))
        using (var laws = DocumentIndex.Open(lawIndex))
        using (var fts = SqliteFtsPeer.BuildArticles(Path.Combine(workDirectory, "ranking-fts5.sqlite"), articles))
        {
            foreach (var folded in new[] { false, true })
            {
                var diacritics = folded ? "without diacritics" : "with diacritics";
                string Text(JudgedQuestion q) => folded ? DiacriticFolding.Fold(q.Text) : q.Text;
                lines.Add(Score($"by document, {diacritics}", "dirsearch", questions, q => index.Search(new SearchRequest(Text(q), Limit: Depth)).Hits.Select(h => h.Id).ToList()));
                lines.Add(Score($"by document, {diacritics}", "sqlite-fts5", questions, q => fts.RankArticles(Text(q), Depth)));
                lines.Add(Score($"group=section over laws, {diacritics}", "dirsearch", questions, q => SectionArticles(laws, Text(q), articleAt)));
                lines.Add(Score($"group=section over laws, {diacritics}", "sqlite-fts5", questions, q => fts.RankArticles(Text(q), Depth)));
            }
        }

        return new RankingReport(directory, articles.Count, byLaw.Count, lines, null);
    }

    /// <summary>The articles of the first sections found, in rank order, each once.</summary>
    private static List<string> SectionArticles(DocumentIndex laws, string text, IReadOnlyDictionary<string, List<(int Start, string Article)>> articleAt)
    {
        var ranked = new List<string>();
        var response = laws.Search(new SearchRequest(text, Limit: 5 * Depth, Group: SearchGroup.Section));
        foreach (var hit in response.Hits)
        {
            var section = hit.Sections[0];
            var starts = articleAt[hit.Id];
            var at = starts.FindLastIndex(s => s.Start <= section.Start);
            var article = starts[Math.Max(at, 0)].Article;
            if (!ranked.Contains(article))
                ranked.Add(article);
            if (ranked.Count == Depth)
                break;
        }

        return ranked;
    }

    private static RankingFigures Score(string setting, string engine, IReadOnlyList<JudgedQuestion> questions, Func<JudgedQuestion, List<string>> rank)
    {
        double mrr = 0, r1 = 0, r5 = 0, r10 = 0;
        foreach (var question in questions)
        {
            var ranked = rank(question);
            var relevant = question.Relevant.ToHashSet(StringComparer.Ordinal);
            var first = ranked.FindIndex(relevant.Contains);
            if (first is >= 0 and < Depth)
                mrr += 1.0 / (first + 1);
            double Recall(int k) => relevant.Count == 0 ? 0 : (double)ranked.Take(k).Count(relevant.Contains) / relevant.Count;
            r1 += Recall(1);
            r5 += Recall(5);
            r10 += Recall(10);
        }

        var n = Math.Max(1, questions.Count);
        return new RankingFigures(setting, engine, questions.Count, mrr / n, r1 / n, r5 / n, r10 / n);
    }

    private static DocumentRecord Record(string id, string text)
    {
        var structure = DocumentStructureParser.Parse(text);
        var source = new SourceFile(id + ".txt", "txt", false, [], id, text.Length, null);
        var title = structure.Title.Length > 0 ? structure.Title : text.Split('\n', 2)[0].Trim();
        return new DocumentRecord(id, [source], structure.Type, structure.Symbol, title, structure.Issuer, structure.Place, structure.Date, structure.Sections, structure.Recipients, structure.Signer, text);
    }

    /// <summary>One document per law: its name, then its articles in order; and where each article starts in it.</summary>
    private static (List<DocumentRecord> Laws, Dictionary<string, List<(int Start, string Article)>> ArticleAt) Laws(IReadOnlyList<(string Id, string Text)> articles)
    {
        var records = new List<DocumentRecord>();
        var starts = new Dictionary<string, List<(int Start, string Article)>>(StringComparer.Ordinal);
        foreach (var law in articles.GroupBy(a => LawOf(a.Id), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = law.OrderBy(a => ArticleNumber(a.Id)).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
            var name = ordered[0].Text.Split('\n', 2)[0].Trim();
            var text = new System.Text.StringBuilder(name).Append("\n\n");
            var at = new List<(int Start, string Article)>();
            foreach (var (id, articleText) in ordered)
            {
                var body = articleText.Split('\n', 2) is [_, var rest] ? rest.Trim('\n') : articleText;
                at.Add((text.Length, id));
                text.Append(body).Append('\n');
            }

            starts[law.Key] = at;
            records.Add(Record(law.Key, text.ToString()) with { Title = name });
        }

        return (records, starts);
    }

    private static string LawOf(string id) => id.Split('-', 2)[0];

    private static int ArticleNumber(string id) =>
        ArticleDigits().Match(id) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : int.MaxValue;

    private static void Write(string directory, IReadOnlyList<DocumentRecord> records)
    {
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
        DocumentIndexWriter.Write(directory, records, new CorpusCitationResolver().Resolve(records), []);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    [GeneratedRegex(@"-a(\d+)")]
    private static partial Regex ArticleDigits();

    private sealed record JudgedQuestion(string Qid, string Text, IReadOnlyList<string> Relevant);
}
