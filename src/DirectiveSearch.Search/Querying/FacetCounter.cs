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

    /// <summary>At most <paramref name="limit"/> values per facet, most frequent first.</summary>
    public SearchFacets Facets(int limit) => new(type.Top(limit), issuer.Top(limit), year.Top(limit), cites.Top(limit));
}
