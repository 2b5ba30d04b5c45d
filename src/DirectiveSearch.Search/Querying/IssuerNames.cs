using System.Globalization;
using System.Text.RegularExpressions;
using DirectiveSearch.Core.Text.ToneMarks;
using DirectiveSearch.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DirectiveSearch.Search.Querying;

/// <summary>
/// The issuing bodies of one index generation, each under one name: documents write "QUỐC HỘI" in their
/// header and "Quốc hội" in their opening clause, "Đảng uỷ" and "Đảng ủy", so the issuer field holds several
/// spellings of one body. A body's key is its name with canonical tone marks, lower-cased and single-spaced;
/// its label the most common well-formed spelling (not all capitals), else the most common one.
/// </summary>
internal sealed partial class IssuerNames
{
    private readonly Dictionary<string, string> labelByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> spellingsByKey = new(StringComparer.Ordinal);

    /// <summary>Every spelling the index holds, with its label: facets name each matching value once per search, cheaply.</summary>
    private readonly Dictionary<string, string> labelBySpelling = new(StringComparer.Ordinal);

    public IssuerNames(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, IndexFields.Issuer);
        var counts = new List<(string Spelling, int Count)>();
        if (terms is not null)
        {
            var iterator = terms.GetEnumerator();
            while (iterator.MoveNext())
                counts.Add((iterator.Term.Utf8ToString(), iterator.DocFreq));
        }

        foreach (var group in counts.GroupBy(c => Key(c.Spelling), StringComparer.Ordinal))
        {
            var best = group
                .OrderByDescending(c => IsWellFormed(c.Spelling))
                .ThenByDescending(c => c.Count)
                .ThenBy(c => c.Spelling, StringComparer.Ordinal)
                .First();
            labelByKey[group.Key] = best.Spelling;
            spellingsByKey[group.Key] = [.. group.Select(c => c.Spelling)];
            foreach (var (spelling, _) in group)
                labelBySpelling[spelling] = best.Spelling;
        }
    }

    /// <summary>The name a facet shows for any spelling of a body.</summary>
    public string Label(string spelling) =>
        labelBySpelling.GetValueOrDefault(spelling) ?? labelByKey.GetValueOrDefault(Key(spelling)) ?? spelling;

    /// <summary>Every spelling the index holds of the body a filter names, in any of its spellings (none when unknown).</summary>
    public IReadOnlyList<string> Spellings(string spelling) =>
        spellingsByKey.TryGetValue(Key(spelling), out var spellings) ? spellings : [];

    /// <summary>Facet counts by spelling merged into counts by body, under its label.</summary>
    public Dictionary<string, int> Merge(IReadOnlyDictionary<string, int> bySpelling)
    {
        var merged = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (spelling, count) in bySpelling)
        {
            var label = Label(spelling);
            merged[label] = merged.GetValueOrDefault(label) + count;
        }

        return merged;
    }

    public static string Key(string spelling) =>
        Spaces().Replace(ToneMarkNormalizer.Normalize(spelling.Trim()), " ").ToLower(CultureInfo.GetCultureInfo("vi-VN"));

    /// <summary>Written as a name is in running text: some lower-case letter ("Quốc hội", not "QUỐC HỘI").</summary>
    private static bool IsWellFormed(string spelling) => spelling.Any(char.IsLower);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
