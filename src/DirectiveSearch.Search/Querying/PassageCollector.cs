using DirectiveSearch.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DirectiveSearch.Search.Querying;

/// <summary>
/// Collects every matching passage and folds them into documents as it goes: best passages per
/// document for the hit list, and each document's facet values (read from doc values) once.
/// Facet counts are thus over all matching documents, not over one page.
/// </summary>
internal sealed class PassageCollector : ICollector
{
    public const int PassagesPerDocument = 3;

    private readonly Dictionary<string, DocumentMatch> matches = new(StringComparer.Ordinal);
    private readonly BytesRef scratch = new();
    private Scorer? scorer;
    private int docBase;
    private SortedDocValues? ids;
    private SortedDocValues? types;
    private SortedDocValues? issuers;
    private SortedDocValues? years;
    private SortedSetDocValues? cites;
    private NumericDocValues? dates;
    private Dictionary<int, string> idCache = [];

    public IReadOnlyCollection<DocumentMatch> Matches => matches.Values;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        var reader = context.AtomicReader;
        ids = reader.GetSortedDocValues(IndexFields.DocumentId);
        types = reader.GetSortedDocValues(IndexFields.Type);
        issuers = reader.GetSortedDocValues(IndexFields.Issuer);
        years = reader.GetSortedDocValues(IndexFields.Year);
        cites = reader.GetSortedSetDocValues(IndexFields.Cites);
        dates = reader.GetNumericDocValues(IndexFields.Date);
        idCache = [];
    }

    public void Collect(int doc)
    {
        if (ids is null)
            return;
        var ord = ids.GetOrd(doc);
        if (ord < 0)
            return;
        if (!idCache.TryGetValue(ord, out var id))
        {
            ids.LookupOrd(ord, scratch);
            idCache[ord] = id = scratch.Utf8ToString();
        }

        var score = scorer?.GetScore() ?? 0f;
        if (!matches.TryGetValue(id, out var match))
        {
            match = new DocumentMatch(id, Value(types, doc) ?? "?", Value(issuers, doc), Value(years, doc), CitedSymbols(doc), dates?.Get(doc) ?? 0);
            matches[id] = match;
        }

        match.Add(docBase + doc, score);
    }

    private string? Value(SortedDocValues? values, int doc)
    {
        if (values is null)
            return null;
        var ord = values.GetOrd(doc);
        if (ord < 0)
            return null;
        values.LookupOrd(ord, scratch);
        return scratch.Utf8ToString();
    }

    private List<string> CitedSymbols(int doc)
    {
        var result = new List<string>();
        if (cites is null)
            return result;
        cites.SetDocument(doc);
        for (var ord = cites.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = cites.NextOrd())
        {
            cites.LookupOrd(ord, scratch);
            result.Add(scratch.Utf8ToString());
        }

        return result;
    }
}
