using DirectiveSearch.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DirectiveSearch.Search.Querying;

/// <summary>
/// Collects every matching passage and folds them into documents as it goes: best passages per
/// document for the hit list, and each document's facet values (from its record doc) counted once.
/// Facet counts are thus over all matching documents, not over one page.
/// </summary>
/// <param name="keepPassages">Keep every matching passage with its score, for hits that are sections.</param>
/// <param name="othersWeight">What a document's further passages add to its best one (<see cref="DocumentMatch"/>).</param>
internal sealed class PassageCollector(RecordBlocks blocks, bool keepPassages = false, float othersWeight = DocumentMatch.KeywordOthersWeight) : ICollector
{
    public const int PassagesPerDocument = 3;

    /// <summary>By the record doc's number in the whole index.</summary>
    private readonly Dictionary<int, DocumentMatch> matches = [];
    private readonly FacetCounter facets = new();
    private readonly BytesRef scratch = new();
    private FixedBitSet records = new(0);
    private Scorer? scorer;
    private int docBase;
    private SortedDocValues? ids;
    private NumericDocValues? dates;
    /// <summary>The block last collected from: its record doc, and the record doc before it (-1 for none).</summary>
    private int lastRecord = -1;
    private int previousRecord = -1;
    private DocumentMatch? last;

    private readonly List<PassageMatch> passages = [];

    public IReadOnlyCollection<DocumentMatch> Matches => matches.Values;

    /// <summary>Every matching passage, when kept (collection order).</summary>
    public IReadOnlyList<PassageMatch> Passages => passages;

    public bool AcceptsDocsOutOfOrder => true;

    public SearchFacets Facets(int limit, IssuerNames issuers) => facets.Facets(limit, issuers);

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        records = blocks.Records(context);
        ids = context.AtomicReader.GetSortedDocValues(IndexFields.DocumentId);
        dates = context.AtomicReader.GetNumericDocValues(IndexFields.Date);
        facets.SetNextReader(context.AtomicReader);
        lastRecord = -1;
        previousRecord = -1;
        last = null;
    }

    public void Collect(int doc)
    {
        // Passages of one document arrive together, so the document is looked up once per run of them.
        var inLastBlock = last is not null && doc > previousRecord && doc < lastRecord;
        var match = inLastBlock ? last : FindDocument(doc);
        if (match is null)
            return;
        var score = scorer?.GetScore() ?? 0f;
        match.Add(docBase + doc, score);
        if (keepPassages)
            passages.Add(new PassageMatch(docBase + doc, score, match));
    }

    private DocumentMatch? FindDocument(int doc)
    {
        last = null;
        var record = records.Get(doc) ? -1 : records.NextSetBit(doc);
        if (record < 0 || ids is null)
            return null;
        lastRecord = record;
        previousRecord = records.PrevSetBit(doc);
        if (matches.TryGetValue(docBase + record, out last))
            return last;
        var ord = ids.GetOrd(record);
        if (ord < 0)
            return null;
        ids.LookupOrd(ord, scratch);
        last = new DocumentMatch(scratch.Utf8ToString(), dates?.Get(record) ?? 0, othersWeight, docBase + record);
        matches[docBase + record] = last;
        facets.Count(record);
        return last;
    }
}

/// <summary>A matching passage: its doc number in the whole index, its score and its document.</summary>
internal readonly record struct PassageMatch(int Doc, float Score, DocumentMatch Document);
