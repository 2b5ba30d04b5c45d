using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// Where each record's block of passages is. A record and its passages are written as one Lucene block,
/// passages first and the record last, so the record doc is the "parent" of the passages before it: a
/// passage finds its document's facts (type, issuer, date, cited directives) on the next record doc
/// instead of carrying a copy of them, which is most of what a passage would otherwise index.
/// Built once per segment of the generation a <see cref="DocumentIndex"/> holds.
/// </summary>
internal sealed class RecordBlocks
{
    private readonly FixedBitSet[] recordsPerLeaf;

    public RecordBlocks(IndexReader reader)
    {
        var leaves = reader.Leaves;
        recordsPerLeaf = new FixedBitSet[leaves.Count];
        var records = DocumentIndex.KindQuery(IndexFields.KindRecord);
        foreach (var leaf in leaves)
        {
            var bits = new FixedBitSet(leaf.AtomicReader.MaxDoc);
            var set = new QueryWrapperFilter(records).GetDocIdSet(leaf, null);
            var iterator = set?.GetIterator();
            if (iterator is not null)
            {
                for (var doc = iterator.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.NextDoc())
                    bits.Set(doc);
            }

            recordsPerLeaf[leaf.Ord] = bits;
        }
    }

    /// <summary>The record docs of one segment, by segment-local doc number.</summary>
    public FixedBitSet Records(AtomicReaderContext leaf) => recordsPerLeaf[leaf.Ord];

    /// <summary>The passages of the records among <paramref name="matchingRecords"/> in one segment.</summary>
    public FixedBitSet PassagesOf(AtomicReaderContext leaf, DocIdSet? matchingRecords)
    {
        var records = Records(leaf);
        var passages = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        var iterator = matchingRecords?.GetIterator();
        if (iterator is null)
            return passages;
        for (var doc = iterator.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.NextDoc())
        {
            if (!records.Get(doc))
                continue;
            var first = doc == 0 ? 0 : records.PrevSetBit(doc - 1) + 1;
            if (doc > first)
                passages.Set(first, doc);
        }

        return passages;
    }
}
