using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DirectiveSearch.Search.Querying;

/// <summary>
/// Counts the values of one facet field over the matching documents by ordinal, segment by segment, and
/// names only the ordinals that occurred when a segment is done: a broad query touches every document,
/// and reading each one's values as strings cost more than the search itself.
/// </summary>
internal sealed class FacetFieldCounts(string field, bool multiValued)
{
    private readonly Dictionary<string, int> totals = new(StringComparer.Ordinal);
    private readonly BytesRef scratch = new();
    private SortedDocValues? single;
    private SortedSetDocValues? multi;
    private int[] counts = [];

    public void SetNextReader(AtomicReader reader)
    {
        Flush();
        if (multiValued)
        {
            multi = reader.GetSortedSetDocValues(field);
            counts = new int[multi?.ValueCount ?? 0];
        }
        else
        {
            single = reader.GetSortedDocValues(field);
            counts = new int[single?.ValueCount ?? 0];
        }
    }

    /// <summary>Counts the values of one record doc of the current segment.</summary>
    public void Count(int doc)
    {
        if (single is not null)
        {
            var ord = single.GetOrd(doc);
            if (ord >= 0)
                counts[ord]++;
        }
        else if (multi is not null)
        {
            multi.SetDocument(doc);
            for (var ord = multi.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = multi.NextOrd())
                counts[ord]++;
        }
    }

    /// <summary>
    /// The <paramref name="limit"/> most frequent values, then by value so output is stable. Dictionary keeps
    /// insertion order as long as nothing is removed, which JSON output relies on.
    /// </summary>
    public IReadOnlyDictionary<string, int> Top(int limit)
    {
        Flush();
        return TopOf(totals, limit);
    }

    /// <summary>Every value counted, in no particular order.</summary>
    public IReadOnlyDictionary<string, int> All()
    {
        Flush();
        return totals;
    }

    /// <summary>The most frequent values of <paramref name="counts"/>, then by value, as <see cref="Top"/> orders them.</summary>
    public static IReadOnlyDictionary<string, int> TopOf(IReadOnlyDictionary<string, int> counts, int limit)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(limit))
            result[value] = count;
        return result;
    }

    private void Flush()
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] == 0)
                continue;
            if (single is not null)
                single.LookupOrd(ord, scratch);
            else
                multi!.LookupOrd(ord, scratch);
            var value = scratch.Utf8ToString();
            totals[value] = totals.GetValueOrDefault(value) + counts[ord];
        }

        counts = [];
    }
}
