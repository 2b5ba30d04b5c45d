using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// Filters passages by what their document is: the records matching a query on document fields (type,
/// issuer, year, cited directives), turned into the passages of their blocks (<see cref="RecordBlocks"/>).
/// </summary>
internal sealed class PassagesOfRecords(RecordBlocks blocks, Query recordQuery) : Filter
{
    private readonly QueryWrapperFilter records = new(recordQuery);

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs) =>
        BitsFilteredDocIdSet.Wrap(blocks.PassagesOf(context, records.GetDocIdSet(context, null)), acceptDocs);

    public override string ToString() => $"PassagesOfRecords({recordQuery})";
}
