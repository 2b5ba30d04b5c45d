using DirectiveSearch.Search.Index;
using Lucene.Net.Index;

namespace DirectiveSearch.Search.Querying;

/// <summary>Counts matching documents per type, issuer, year and cited directive, from the record docs' doc values.</summary>
internal sealed class FacetCounter
{
    private readonly FacetFieldCounts type = new(IndexFields.Type, multiValued: false);
    private readonly FacetFieldCounts issuer = new(IndexFields.Issuer, multiValued: false);
    private readonly FacetFieldCounts year = new(IndexFields.Year, multiValued: false);
    private readonly FacetFieldCounts cites = new(IndexFields.Cites, multiValued: true);

    public static SearchFacets None { get; } = new(
        new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>());

    public void SetNextReader(AtomicReader reader)
    {
        type.SetNextReader(reader);
        issuer.SetNextReader(reader);
        year.SetNextReader(reader);
        cites.SetNextReader(reader);
    }

    public void Count(int recordDoc)
    {
        type.Count(recordDoc);
        issuer.Count(recordDoc);
        year.Count(recordDoc);
        cites.Count(recordDoc);
    }

    /// <summary>
    /// At most <paramref name="limit"/> values per facet: issuing bodies merged over their spellings, most frequent
    /// first; years newest first (what a cadre looks for); the others most frequent first. <see cref="SearchFacets.Sizes"/>
    /// says how many values each facet has in all, so a page can offer the rest.
    /// </summary>
    public SearchFacets Facets(int limit, IssuerNames issuers)
    {
        var issuerCounts = issuers.Merge(issuer.All());
        var yearCounts = year.All();
        var citesCounts = cites.All();
        var typeCounts = type.All();
        var years = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, count) in yearCounts.OrderByDescending(p => p.Key, StringComparer.Ordinal).Take(limit))
            years[value] = count;
        return new SearchFacets(FacetFieldCounts.TopOf(typeCounts, limit), FacetFieldCounts.TopOf(issuerCounts, limit), years, FacetFieldCounts.TopOf(citesCounts, limit))
        {
            Sizes = new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["type"] = typeCounts.Count,
                ["issuer"] = issuerCounts.Count,
                ["year"] = yearCounts.Count,
                ["cites"] = citesCounts.Count,
            },
        };
    }
}
