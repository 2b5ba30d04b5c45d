using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// The passages of the records (documents) that hold every one of <paramref name="required"/> somewhere in their
/// passages, not necessarily in one: a keyword query asks for documents holding every word, as vbpl.vn does,
/// while ranking stays by passage. Per segment, each required query's matching passages are mapped to their
/// record docs (<see cref="RecordBlocks"/>), the record sets are intersected and turned back into passages.
/// </summary>
/// <param name="required">Queries on passage fields; the rarest term first keeps the intersection small early.</param>
internal sealed class PassagesOfRecordsHoldingAll(RecordBlocks blocks, IReadOnlyList<Query> required) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        var records = blocks.Records(context);
        FixedBitSet? holdingAll = null;
        foreach (var query in required.OrderBy(q => Rarity(reader, q)))
        {
            var holding = RecordsMatching(context, records, query);
            if (holdingAll is null)
                holdingAll = holding;
            else
                holdingAll.And(holding);
            if (holdingAll.NextSetBit(0) < 0)
                return null;
        }

        return holdingAll is null ? null : BitsFilteredDocIdSet.Wrap(blocks.PassagesOf(context, holdingAll), acceptDocs);
    }

    /// <summary>The record docs of the segment with a live passage matching <paramref name="query"/>.</summary>
    private static FixedBitSet RecordsMatching(AtomicReaderContext context, FixedBitSet records, Query query)
    {
        var holding = new FixedBitSet(context.AtomicReader.MaxDoc);
        var iterator = new QueryWrapperFilter(query).GetDocIdSet(context, context.AtomicReader.LiveDocs)?.GetIterator();
        if (iterator is null)
            return holding;
        var doc = iterator.NextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS)
        {
            if (records.Get(doc))
            {
                // A record doc's own fields are not a passage's text.
                doc = iterator.NextDoc();
                continue;
            }

            var record = records.NextSetBit(doc);
            if (record < 0)
                break;
            holding.Set(record);
            // The rest of this block adds nothing: skip to the next record's passages.
            doc = record + 1 >= holding.Length ? DocIdSetIterator.NO_MORE_DOCS : iterator.Advance(record + 1);
        }

        return holding;
    }

    /// <summary>A term's document frequency; other queries (phrases) last, as they cost most to iterate.</summary>
    private static long Rarity(AtomicReader reader, Query query) =>
        query is TermQuery term ? reader.DocFreq(term.Term) : long.MaxValue;

    public override string ToString() => $"PassagesOfRecordsHoldingAll({string.Join(", ", required)})";
}
