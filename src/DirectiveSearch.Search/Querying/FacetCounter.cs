namespace DirectiveSearch.Search.Querying;

/// <summary>Counts matching documents per type, issuer, year and cited directive.</summary>
internal static class FacetCounter
{
    public static SearchFacets Count(IReadOnlyCollection<DocumentMatch> matches) => new(
        Tally(matches.Select(m => m.Type)),
        Tally(matches.Select(m => m.Issuer).OfType<string>()),
        Tally(matches.Select(m => m.Year).OfType<string>()),
        Tally(matches.SelectMany(m => m.Cites)));

    private static IReadOnlyDictionary<string, int> Tally(IEnumerable<string> values)
    {
        // Most frequent first, then by value, so output is stable. Dictionary keeps insertion order
        // as long as nothing is removed, which JSON output relies on.
        var counts = values.GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => (Value: g.Key, Count: g.Count()))
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Value, StringComparer.Ordinal);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, count) in counts)
            result[value] = count;
        return result;
    }
}
