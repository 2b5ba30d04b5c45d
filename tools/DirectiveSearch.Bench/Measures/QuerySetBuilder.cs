using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Bench.Measures;

/// <summary>
/// Builds a benchmark query set from the indexed documents by a fixed rule, so every run measures
/// the same queries: for each document, word windows (1 to 8 words) taken from its title and from
/// its passages, each as written, without diacritics and half-accented (every other word folded),
/// plus the directive references it cites in short ("KL 21") and full ("21-KL/TW") form.
/// A seeded random generator picks the windows.
/// </summary>
public static class QuerySetBuilder
{
    public static IReadOnlyList<BenchQuery> Build(IReadOnlyList<DocumentRecord> records, int target, int seed = 20261122)
    {
        var random = new Random(seed);
        var queries = new List<BenchQuery>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string kind, string text)
        {
            if (text.Length > 0 && seen.Add(kind + "\u0001" + text))
                queries.Add(new BenchQuery(kind, text));
        }

        for (var round = 0; queries.Count < target && round < 50; round++)
        {
            foreach (var record in records)
            {
                var source = round % 2 == 0 || record.Text.Length == 0 ? record.Title : PassageText(record, random);
                var words = Words(source);
                if (words.Count == 0)
                    continue;
                var length = 1 + random.Next(Math.Min(8, words.Count));
                var start = random.Next(words.Count - length + 1);
                var phrase = string.Join(' ', words.Skip(start).Take(length));
                Add("accented", phrase);
                Add("unaccented", DiacriticFolder.Fold(phrase));
                Add("half-accented", HalfAccented(phrase));
                foreach (var (symbol, _, _) in DocumentSymbol.FindAll(record.Text).Skip(round).Take(1))
                {
                    Add("reference", symbol.Text);
                    Add("reference", $"{symbol.TypeCode} {symbol.Number}");
                }

                if (queries.Count >= target)
                    break;
            }
        }

        // A round adds up to five queries per document: the set is cut to the size asked for.
        return queries.Count > target ? queries.GetRange(0, target) : queries;
    }

    private static string PassageText(DocumentRecord record, Random random)
    {
        var passages = PassageSplitter.Split(record);
        if (passages.Count == 0)
            return record.Text;
        var passage = passages[random.Next(passages.Count)];
        return record.Text[passage.Start..passage.End];
    }

    private static List<string> Words(string text) =>
        text.Split([' ', '\n', ',', '.', ';', ':', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit))
            .ToList();

    private static string HalfAccented(string phrase) =>
        string.Join(' ', phrase.Split(' ').Select((word, i) => i % 2 == 0 ? DiacriticFolder.Fold(word) : word));
}
