using System.Text.Json;
using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Graph;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace DirectiveSearch.Search.Index;

/// <summary>Builds the Lucene documents of one record: the record itself and its passages.</summary>
internal static class LuceneDocuments
{
    /// <summary>The title and opening clause say what a plan is and what it implements: they weigh more.</summary>
    private const float LeadBoost = 2.5f;

    /// <summary>
    /// Bigrams only add score to term queries; phrases are matched on the syllable fields, so bigram
    /// positions would be a fifth of the index for nothing.
    /// </summary>
    private static readonly FieldType BigramField = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS });

    /// <summary>
    /// A record's Lucene block: its passages, then the record itself carrying the document's facts
    /// (<see cref="RecordBlocks"/>). Written with one AddDocuments call, so the block stays contiguous.
    /// </summary>
    /// <param name="state">What an incremental change reads of the record (<see cref="RecordState"/>); null for an index written whole only.</param>
    public static IEnumerable<Document> Block(DocumentRecord record, DocumentCitations? citations, RecordState? state = null)
    {
        foreach (var passage in Passages(record))
        {
            passage.Add(new StringField(IndexFields.Block, record.Id, Field.Store.NO));
            yield return passage;
        }

        yield return Record(record, citations, state);
    }

    private static Document Record(DocumentRecord record, DocumentCitations? citations, RecordState? state)
    {
        var document = new Document
        {
            new StringField(IndexFields.Kind, IndexFields.KindRecord, Field.Store.NO),
            new StringField(IndexFields.Block, record.Id, Field.Store.NO),
            new StringField(IndexFields.DocumentId, record.Id, Field.Store.YES),
            new SortedDocValuesField(IndexFields.DocumentId, new BytesRef(record.Id)),
            new StoredField(IndexFields.RecordJson, JsonSerializer.Serialize(record, RecordJson.Compact)),
            new StoredField(IndexFields.SummaryJson, JsonSerializer.Serialize(DocumentSummary.Of(record), RecordJson.Compact)),
        };
        if (citations is not null)
            document.Add(new StoredField(IndexFields.CitationsJson, StoredCitations.Serialize(citations)));
        foreach (var hash in record.Sources.Select(s => s.ContentHash).Distinct(StringComparer.Ordinal))
            document.Add(new StringField(IndexFields.RecordSourceHashes, hash, Field.Store.NO));
        AddFacts(document, DocumentFacts.Of(record, citations));
        if (state is not null)
            AddState(document, state);
        return document;
    }

    private static void AddState(Document document, RecordState state)
    {
        document.Add(new BinaryDocValuesField(IndexFields.RecordHash, new BytesRef(state.Hash)));
        document.Add(new NumericDocValuesField(IndexFields.CitationCount, state.CitationCount));
        document.Add(new StoredField(IndexFields.KnownJson, JsonSerializer.Serialize(state.Known, RecordJson.Compact)));
        foreach (var key in state.Known.Select(Core.Citations.Resolve.DocumentResolution.KeyOf).Distinct(StringComparer.Ordinal))
            document.Add(new StringField(IndexFields.KnownKeys, key, Field.Store.NO));
        foreach (var key in state.LookupKeys)
            document.Add(new StringField(IndexFields.LookupKeys, key, Field.Store.NO));
    }

    public static Document Layout() => new()
    {
        new StringField(IndexFields.Kind, IndexFields.KindLayout, Field.Store.NO),
        new StoredField(IndexFields.LayoutVersion, IndexFields.IncrementalLayout),
    };

    public static Document Directory(DirectiveDirectory directory) => new()
    {
        new StringField(IndexFields.Kind, IndexFields.KindDirectory, Field.Store.NO),
        new StoredField(IndexFields.DirectoryJson, JsonSerializer.Serialize(directory, RecordJson.Compact)),
    };

    public static Document IdLedger(DocumentIdLedger ledger) => new()
    {
        new StringField(IndexFields.Kind, IndexFields.KindIdLedger, Field.Store.NO),
        new StoredField(IndexFields.IdLedgerJson, JsonSerializer.Serialize(ledger, RecordJson.Compact)),
    };

    /// <param name="textOf">The record whose text is the source's text, when one is: the text is then stored once, with the record.</param>
    /// <param name="root">The absolute folder the stored path is relative to; null for an upload (relative to the index) or an old index.</param>
    /// <param name="documentId">The document the file is a file of, so the file is replaced and deleted with it.</param>
    public static Document Source(ParsedSource source, string? textOf, string? root = null, string? documentId = null)
    {
        var document = new Document
        {
            new StringField(IndexFields.Kind, IndexFields.KindSource, Field.Store.NO),
            new StringField(IndexFields.SourcePath, source.File.Path, Field.Store.YES),
            new StoredField(IndexFields.SourceHash, source.File.ContentHash),
            new StoredField(IndexFields.SourceJson, JsonSerializer.Serialize(textOf is null ? source : source with { Text = string.Empty }, RecordJson.Compact)),
        };
        if (textOf is not null)
            document.Add(new StoredField(IndexFields.SourceTextOf, textOf));
        if (root is not null)
            document.Add(new StoredField(IndexFields.SourceRoot, root));
        if (documentId is not null)
            document.Add(new StringField(IndexFields.SourceDocument, documentId, Field.Store.NO));
        return document;
    }

    private static IEnumerable<Document> Passages(DocumentRecord record)
    {
        foreach (var passage in PassageSplitter.Split(record))
        {
            var text = record.Text[passage.Start..passage.End];
            var document = new Document
            {
                new StoredField(IndexFields.PassagePath, passage.Path),
                new StoredField(IndexFields.PassageHeading, passage.Heading),
                new StoredField(IndexFields.PassageText, text),
                new StoredField(IndexFields.PassageStart, passage.Start),
                new StoredField(IndexFields.PassageEnd, passage.End),
            };
            var boost = passage.Kind == PassageKind.Lead ? LeadBoost : 1f;
            document.Add(new TextField(IndexFields.Exact, text, Field.Store.NO) { Boost = boost });
            document.Add(new TextField(IndexFields.Folded, text, Field.Store.NO) { Boost = boost });
            document.Add(new Field(IndexFields.ExactBigrams, text, BigramField) { Boost = boost });
            document.Add(new Field(IndexFields.FoldedBigrams, text, BigramField) { Boost = boost });
            yield return document;
        }
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static void AddFacts(Document document, DocumentFacts facts)
    {
        document.Add(new StringField(IndexFields.Type, facts.TypeCode, Field.Store.NO));
        document.Add(new SortedDocValuesField(IndexFields.Type, new BytesRef(facts.TypeCode)));
        if (facts.Issuer is not null)
        {
            document.Add(new StringField(IndexFields.Issuer, facts.Issuer, Field.Store.NO));
            document.Add(new SortedDocValuesField(IndexFields.Issuer, new BytesRef(facts.Issuer)));
        }

        if (facts.Date is { } date)
        {
            var year = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            document.Add(new StringField(IndexFields.Year, year, Field.Store.NO));
            document.Add(new SortedDocValuesField(IndexFields.Year, new BytesRef(year)));
            document.Add(new NumericDocValuesField(IndexFields.Date, date.DayNumber));
        }
        else
        {
            document.Add(new NumericDocValuesField(IndexFields.Date, 0));
        }

        if (facts.Identity is not null)
            document.Add(new StringField(IndexFields.Identity, facts.Identity, Field.Store.NO));
        foreach (var cited in facts.Cites)
        {
            document.Add(new StringField(IndexFields.Cites, cited, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(IndexFields.Cites, new BytesRef(cited)));
        }

        foreach (var key in facts.CiteKeys)
            document.Add(new StringField(IndexFields.CiteKeys, key, Field.Store.NO));
        foreach (var symbol in facts.Symbols)
            document.Add(new StringField(IndexFields.Symbols, symbol, Field.Store.NO));
        foreach (var relation in facts.Relations)
            document.Add(new StringField(IndexFields.CiteRelations, relation, Field.Store.NO));
    }
}
