using System.Text.Json;
using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// What an incremental change reads of the generation it changes, each by a term query or a column of doc values
/// rather than by reading every record: which records there are and the hash of each, the directives each makes known,
/// and whose resolution read a given lookup key or cites or is a given directive.
/// </summary>
public sealed class StoredChangeState(DocumentIndex index)
{
    private readonly IndexSearcher searcher = index.Searcher;

    /// <summary>True when the index was written for incremental change (<see cref="IndexFields.KindLayout"/>).</summary>
    public bool IsIncremental
    {
        get
        {
            var top = searcher.Search(DocumentIndex.KindQuery(IndexFields.KindLayout), 1);
            return top.TotalHits > 0
                && searcher.Doc(top.ScoreDocs[0].Doc).Get(IndexFields.LayoutVersion) == IndexFields.IncrementalLayout;
        }
    }

    /// <summary>Each live record's id and <see cref="RecordState.Hash"/>, from doc values.</summary>
    public IReadOnlyDictionary<string, string> RecordHashes()
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var records = new QueryWrapperFilter(DocumentIndex.KindQuery(IndexFields.KindRecord));
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var iterator = records.GetDocIdSet(leaf, reader.LiveDocs)?.GetIterator();
            if (iterator is null)
                continue;
            var ids = reader.GetSortedDocValues(IndexFields.DocumentId);
            var stored = reader.GetBinaryDocValues(IndexFields.RecordHash);
            var bytes = new BytesRef();
            for (var doc = iterator.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.NextDoc())
            {
                ids.Get(doc, bytes);
                var id = bytes.Utf8ToString();
                var hash = string.Empty;
                if (stored is not null)
                {
                    stored.Get(doc, bytes);
                    hash = bytes.Utf8ToString();
                }

                hashes[id] = hash;
            }
        }

        return hashes;
    }

    /// <summary>The ids of the records with any of <paramref name="terms"/> in <paramref name="field"/>.</summary>
    public IReadOnlySet<string> RecordsWithAny(string field, IEnumerable<string> terms)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in terms.Distinct(StringComparer.Ordinal).Chunk(512))
        {
            var any = new BooleanQuery();
            foreach (var term in chunk)
                any.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            var query = new BooleanQuery
            {
                { DocumentIndex.KindQuery(IndexFields.KindRecord), Occur.MUST },
                { any, Occur.MUST },
            };
            var collector = new IdCollector(ids);
            searcher.Search(query, collector);
        }

        return ids;
    }

    /// <summary>The directives each record with one of <paramref name="keys"/> makes known, by record id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<KnownDirective>> KnownWithKeys(IEnumerable<string> keys) =>
        KnownOf(RecordsWithAny(IndexFields.KnownKeys, keys));

    /// <summary>The directives these records make known, by record id (unknown ids left out).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<KnownDirective>> KnownOf(IEnumerable<string> ids)
    {
        var known = new Dictionary<string, IReadOnlyList<KnownDirective>>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var query = new BooleanQuery
            {
                { DocumentIndex.KindQuery(IndexFields.KindRecord), Occur.MUST },
                { new TermQuery(new Term(IndexFields.DocumentId, id)), Occur.MUST },
            };
            var top = searcher.Search(query, 1);
            if (top.TotalHits == 0)
                continue;
            var json = searcher.Doc(top.ScoreDocs[0].Doc, KnownOnly).Get(IndexFields.KnownJson);
            known[id] = json is null ? [] : JsonSerializer.Deserialize<List<KnownDirective>>(json, RecordJson.Options) ?? [];
        }

        return known;
    }

    /// <summary>The sum of the live records' citation counts, from doc values.</summary>
    public int CitationCount()
    {
        var total = 0L;
        var records = new QueryWrapperFilter(DocumentIndex.KindQuery(IndexFields.KindRecord));
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var counts = reader.GetNumericDocValues(IndexFields.CitationCount);
            var iterator = counts is null ? null : records.GetDocIdSet(leaf, reader.LiveDocs)?.GetIterator();
            if (iterator is null)
                continue;
            for (var doc = iterator.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.NextDoc())
                total += counts!.Get(doc);
        }

        return (int)total;
    }

    private static readonly ISet<string> KnownOnly = new HashSet<string> { IndexFields.KnownJson };

    /// <summary>Collects the ids of matching record docs from their doc values, without loading stored fields.</summary>
    private sealed class IdCollector(HashSet<string> ids) : ICollector
    {
        private SortedDocValues? values;
        private readonly BytesRef bytes = new();

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => values = context.AtomicReader.GetSortedDocValues(IndexFields.DocumentId);

        public void Collect(int doc)
        {
            if (values is null)
                return;
            values.Get(doc, bytes);
            ids.Add(bytes.Utf8ToString());
        }
    }
}
