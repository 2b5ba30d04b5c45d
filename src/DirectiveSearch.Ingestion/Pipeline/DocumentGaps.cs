using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>
/// How many documents of a run the parsers could not give a type, a date, a title or an issuer: what a user
/// should look at after an ingest, since such a document is hard to find by its facets.
/// </summary>
public sealed record DocumentGaps(int NoType, int NoDate, int NoTitle, int NoIssuer)
{
    public static DocumentGaps Of(IReadOnlyList<DocumentRecord> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return new DocumentGaps(
            documents.Count(d => d.Type == DocumentTypeCatalog.Unknown),
            documents.Count(d => d.Date is null),
            documents.Count(d => string.IsNullOrWhiteSpace(d.Title)),
            documents.Count(d => string.IsNullOrWhiteSpace(d.Issuer)));
    }
}
