using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Search.Index;

/// <summary>What a search hit shows of a document, kept small so hits never load the full record.</summary>
public sealed record DocumentSummary(string Id, string Title, string? Symbol, DocumentType Type, string? Issuer, DateOnly? Date)
{
    public static DocumentSummary Of(DocumentRecord record) =>
        new(record.Id, record.Title, record.Symbol, record.Type, record.Issuer, record.Date);
}
