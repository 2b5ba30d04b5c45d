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

    public static Document Record(DocumentRecord record, DocumentCitations? citations)
    {
        var document = new Document
        {
            new StringField(IndexFields.Kind, IndexFields.KindRecord, Field.Store.NO),
            new StringField(IndexFields.DocumentId, record.Id, Field.Store.YES),
            new StoredField(IndexFields.RecordJson, JsonSerializer.Serialize(record, RecordJson.Options)),
            new StoredField(IndexFields.SummaryJson, JsonSerializer.Serialize(DocumentSummary.Of(record), RecordJson.Options)),
        };
        if (citations is not null)
            document.Add(new StoredField(IndexFields.CitationsJson, StoredCitations.Serialize(citations)));
        return document;
    }

    public static Document Directory(DirectiveDirectory directory) => new()
    {
        new StringField(IndexFields.Kind, IndexFields.KindDirectory, Field.Store.NO),
        new StoredField(IndexFields.DirectoryJson, JsonSerializer.Serialize(directory, RecordJson.Options)),
    };

    public static Document Source(ParsedSource source)
    {
        return new Document
        {
            new StringField(IndexFields.Kind, IndexFields.KindSource, Field.Store.NO),
            new StringField(IndexFields.SourcePath, source.File.Path, Field.Store.YES),
            new StoredField(IndexFields.SourceHash, source.File.ContentHash),
            new StoredField(IndexFields.SourceJson, JsonSerializer.Serialize(source, RecordJson.Options)),
        };
    }

    public static IEnumerable<Document> Passages(DocumentRecord record, DocumentFacts facts)
    {
        foreach (var passage in PassageSplitter.Split(record))
        {
            var text = record.Text[passage.Start..passage.End];
            var document = new Document
            {
                new StringField(IndexFields.Kind, IndexFields.KindPassage, Field.Store.NO),
                new StringField(IndexFields.DocumentId, record.Id, Field.Store.YES),
                new SortedDocValuesField(IndexFields.DocumentId, new BytesRef(record.Id)),
                new StoredField(IndexFields.PassagePath, passage.Path),
                new StoredField(IndexFields.PassageHeading, passage.Heading),
                new StoredField(IndexFields.PassageText, text),
                new StoredField(IndexFields.PassageStart, passage.Start),
                new StoredField(IndexFields.PassageEnd, passage.End),
            };
            foreach (var name in new[] { IndexFields.Exact, IndexFields.Folded, IndexFields.ExactBigrams, IndexFields.FoldedBigrams })
            {
                var field = new TextField(name, text, Field.Store.NO);
                if (passage.Kind == PassageKind.Lead)
                    field.Boost = LeadBoost;
                document.Add(field);
            }

            AddFacts(document, facts);
            yield return document;
        }
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
    }
}
