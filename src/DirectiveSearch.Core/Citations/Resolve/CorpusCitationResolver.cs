using DirectiveSearch.Core.Citations.Extract;
using DirectiveSearch.Core.Citations.Relate;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Citations.Resolve;

/// <summary>
/// Resolves the citations of a whole corpus in two passes. The first extracts every document and resolves
/// what needs no lookup (dated mentions); those identities, the documents' own symbols and dates and the
/// named-meeting table make the <see cref="InMemoryDirectiveLookup"/>. The second resolves again with it,
/// so that an undated "Kết luận số 21-KL/TW" joins the "kl-21-tw-2021" some plan dated, and "49-KH/TU"
/// without a date stays ambiguous between the plans of 2021 and 2022. Documents are extracted in parallel;
/// the result keeps their order.
/// </summary>
public sealed class CorpusCitationResolver
{
    private readonly NamedMeetingTable meetings;

    /// <param name="meetings">The named-meeting table; <see cref="NamedMeetingTable.BuiltIn"/> when null. Extend it with <see cref="NamedMeetingTable.WithFile"/>.</param>
    public CorpusCitationResolver(NamedMeetingTable? meetings = null)
    {
        this.meetings = meetings ?? NamedMeetingTable.BuiltIn;
    }

    /// <summary>A resolver whose named-meeting table is the built-in one extended with the JSON file at <paramref name="meetingFile"/>.</summary>
    public static CorpusCitationResolver WithMeetingFile(string meetingFile) => new(NamedMeetingTable.BuiltIn.WithFile(meetingFile));

    public IReadOnlyList<DocumentCitations> Resolve(IReadOnlyList<DocumentRecord> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var prepared = new Prepared[documents.Count];
        var firstPass = new CitationResolver(InMemoryDirectiveLookup.Empty, meetings);
        var dated = new IReadOnlyList<ResolvedCitation>[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            var document = documents[i];
            var extracted = CitationExtractor.Extract(document.Text);
            var lead = DocumentLeadLocator.Locate(document.Text, document.Sections);
            var identity = DirectiveIdentity.OfDocument(document.Symbol, document.Type.Name, document.Type.Code, document.Date);
            prepared[i] = new Prepared(extracted, lead, identity);
            dated[i] = firstPass.Resolve(document.Text, extracted, lead, null, identity);
        });

        var lookup = InMemoryDirectiveLookup.From(dated.SelectMany(d => d), documents, meetings);
        var resolver = new CitationResolver(lookup, meetings);
        var results = new DocumentCitations[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            var document = documents[i];
            var (extracted, lead, identity) = prepared[i];
            results[i] = new DocumentCitations(document.Id, identity, extracted, resolver.Resolve(document.Text, extracted, lead, document.Sections, identity));
        });

        return results;
    }

    private sealed record Prepared(IReadOnlyList<ExtractedCitation> Extracted, DocumentLead Lead, string? Identity);
}
