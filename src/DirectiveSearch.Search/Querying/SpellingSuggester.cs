using DirectiveSearch.Core.Text;
using DirectiveSearch.Search.Analysis;
using DirectiveSearch.Search.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace DirectiveSearch.Search.Querying;

/// <summary>
/// Suggests a spelling for a query that found nothing, from the index's own syllables: each syllable the
/// index lacks becomes the nearest one it holds (edit distance, then frequency), and syllables typed without
/// diacritics get the accented form the index writes most next to the syllable before
/// ("chuyen doi soo" → "chuyển đổi số"). Built on the first query without results of a generation.
/// </summary>
internal sealed class SpellingSuggester
{
    private const int FormsPerSyllable = 8;

    private readonly Analyzer analyzer;
    private readonly IndexReader reader;
    private readonly Dictionary<string, int> foldedFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Exact, int Frequency)>> formsByFolded = new(StringComparer.Ordinal);

    public SpellingSuggester(IndexReader reader, Analyzer analyzer)
    {
        this.reader = reader;
        this.analyzer = analyzer;
        foreach (var (term, frequency) in Terms(reader, IndexFields.Folded))
        {
            if (term.All(char.IsLetter))
                foldedFrequency[term] = frequency;
        }

        foreach (var (term, frequency) in Terms(reader, IndexFields.Exact))
        {
            if (!term.All(char.IsLetter))
                continue;
            var folded = DiacriticFolding.Fold(term);
            if (!formsByFolded.TryGetValue(folded, out var forms))
                formsByFolded[folded] = forms = [];
            forms.Add((term, frequency));
        }

        foreach (var forms in formsByFolded.Values)
        {
            forms.Sort((a, b) => b.Frequency.CompareTo(a.Frequency));
            if (forms.Count > FormsPerSyllable)
                forms.RemoveRange(FormsPerSyllable, forms.Count - FormsPerSyllable);
        }
    }

    /// <summary>Candidate spellings, best first; none when the query's spelling is already the index's.</summary>
    public IEnumerable<string> Suggest(string text)
    {
        var exact = QueryTerms.Analyze(analyzer, IndexFields.Exact, text);
        var folded = QueryTerms.Analyze(analyzer, IndexFields.Folded, text);
        if (folded.Count == 0 || exact.Count != folded.Count)
            yield break;

        var corrected = new List<string>();
        var changed = false;
        for (var i = 0; i < folded.Count; i++)
        {
            var syllable = folded[i].Text;
            if (foldedFrequency.ContainsKey(syllable) || !syllable.All(char.IsLetter))
            {
                corrected.Add(syllable);
                continue;
            }

            if (Nearest(syllable) is not { } nearest)
                yield break;
            corrected.Add(nearest);
            changed = true;
        }

        var accented = new List<string>();
        string? previous = null;
        for (var i = 0; i < corrected.Count; i++)
        {
            var typedWithDiacritics = exact[i].Text != folded[i].Text && corrected[i] == folded[i].Text;
            var form = typedWithDiacritics ? exact[i].Text : Accent(corrected[i], previous);
            accented.Add(form);
            previous = form;
        }

        var suggestion = string.Join(' ', accented);
        if (changed || suggestion != string.Join(' ', exact.Select(t => t.Text)))
            yield return suggestion;
        if (changed)
            yield return string.Join(' ', corrected);
    }

    /// <summary>The form of a folded syllable written most after <paramref name="previous"/>, else the most written one.</summary>
    private string Accent(string folded, string? previous)
    {
        if (!formsByFolded.TryGetValue(folded, out var forms) || forms.Count == 0)
            return folded;
        if (previous is not null)
        {
            var best = forms
                .Select(f => (f.Exact, Together: reader.DocFreq(new Term(IndexFields.ExactBigrams, previous + SyllableBigramFilter.Separator + f.Exact))))
                .MaxBy(f => f.Together);
            if (best.Together > 0)
                return best.Exact;
        }

        return forms[0].Exact;
    }

    /// <summary>The indexed syllable nearest to one the index lacks: fewest edits (at most 2, 1 for short ones), then most frequent.</summary>
    private string? Nearest(string syllable)
    {
        var limit = syllable.Length <= 3 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var (term, frequency) in foldedFrequency)
        {
            if (Math.Abs(term.Length - syllable.Length) > limit)
                continue;
            var distance = EditDistance(syllable, term, limit);
            if (distance > limit)
                continue;
            if (distance < bestDistance || (distance == bestDistance && (frequency > bestFrequency || (frequency == bestFrequency && string.CompareOrdinal(term, best) < 0))))
                (best, bestDistance, bestFrequency) = (term, distance, frequency);
        }

        return best;
    }

    /// <summary>Optimal string alignment distance (a swap of neighbours is one edit), or more than <paramref name="limit"/>.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                d[i, j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
                return limit + 1;
        }

        return d[a.Length, b.Length];
    }

    private static IEnumerable<(string Term, int Frequency)> Terms(IndexReader reader, string field)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
            yield break;
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
            yield return (iterator.Term.Utf8ToString(), iterator.DocFreq);
    }
}
