using DirectiveSearch.Core.Citations;

namespace DirectiveSearch.Core.Documents;

/// <summary>
/// A record with what the corpus-wide citation resolution found in it: the shape of "dirsearch show" and
/// GET /api/documents/{id}. The fields of <see cref="DocumentRecord"/> come first and keep their names.
/// </summary>
/// <param name="Identity">The document's own directive id when its symbol is known ("kh-28-duk-2022"), so that its citations and the knowledge base meet.</param>
/// <param name="Citations">Every citation in text order.</param>
public sealed record DocumentDetails(
    string Id,
    IReadOnlyList<SourceFile> Sources,
    DocumentType Type,
    string? Symbol,
    string Title,
    string? Issuer,
    string? Place,
    DateOnly? Date,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<string> Recipients,
    Signer? Signer,
    string? Identity,
    IReadOnlyList<CitationEntry> Citations,
    string Text)
{
    /// <summary>"en" for an English translation, else "vi", as <see cref="DocumentRecord.Language"/>.</summary>
    /// <summary>The issuer's lines as printed, as <see cref="DocumentRecord.IssuerLines"/>.</summary>
    public IReadOnlyList<string> IssuerLines { get; init; } = [];

    public string Language => DirectiveSearch.Core.Text.LanguageDetector.Detect(Text);

    /// <summary>Other documents with nearly the same content (<see cref="DocumentRecord.Similar"/>).</summary>
    public IReadOnlyList<SimilarDocument> Similar { get; init; } = [];

    /// <param name="citations">The record's resolved citations; null when none were stored (an index written before citations were).</param>
    public static DocumentDetails Of(DocumentRecord record, DocumentCitations? citations)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new DocumentDetails(
            record.Id,
            record.Sources,
            record.Type,
            record.Symbol,
            record.Title,
            record.Issuer,
            record.Place,
            record.Date,
            record.Sections,
            record.Recipients,
            record.Signer,
            citations?.Identity,
            citations is null ? [] : CitationEntry.Of(citations, record.Text),
            record.Text)
        {
            Similar = record.Similar,
            IssuerLines = record.IssuerLines,
        };
    }
}
