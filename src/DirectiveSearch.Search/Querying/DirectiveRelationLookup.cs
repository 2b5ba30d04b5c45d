using DirectiveSearch.Core.Citations.Relate;
using DirectiveSearch.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DirectiveSearch.Search.Querying;

/// <summary>
/// Each document's relation to the directives a query names, read from the record docs' "id|relation" terms
/// (<see cref="IndexFields.CiteRelations"/>): the strongest when the query names several; the directive's own
/// document is <see cref="Own"/>. An index written before the terms existed answers nothing, and ranking is by score alone.
/// </summary>
internal sealed class DirectiveRelationLookup(IndexSearcher searcher)
{
    /// <summary>The relation of the directive's own document to it: the answer above every plan implementing it.</summary>
    public const string Own = DocumentRelations.Self;

    /// <returns>By record doc number in the whole index.</returns>
    public IReadOnlyDictionary<int, string> For(IReadOnlyCollection<string> directiveIds)
    {
        var relations = new Dictionary<int, string>();
        if (directiveIds.Count == 0)
            return relations;
        var terms = MultiFields.GetTerms(searcher.IndexReader, IndexFields.CiteRelations);
        foreach (var id in directiveIds)
        {
            foreach (var doc in Documents(new TermQuery(new Term(IndexFields.Identity, id))))
                relations[doc] = Own;
            if (terms is null)
                continue;
            var prefix = id + DocumentFacts.RelationSeparator;
            var iterator = terms.GetEnumerator();
            if (iterator.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END)
                continue;
            do
            {
                var term = iterator.Term.Utf8ToString();
                if (!term.StartsWith(prefix, StringComparison.Ordinal))
                    break;
                var relation = term[prefix.Length..];
                foreach (var doc in Documents(new TermQuery(new Term(IndexFields.CiteRelations, term))))
                {
                    if (!relations.TryGetValue(doc, out var known) || DocumentRelations.Rank(relation) > DocumentRelations.Rank(known))
                        relations[doc] = relation;
                }
            }
            while (iterator.MoveNext());
        }

        return relations;
    }

    private List<int> Documents(Query query)
    {
        var docs = new List<int>();
        searcher.Search(query, new DocCollector(docs));
        return docs;
    }

    private sealed class DocCollector(List<int> docs) : ICollector
    {
        private int docBase;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

        public void Collect(int doc) => docs.Add(docBase + doc);
    }
}
