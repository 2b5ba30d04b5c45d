using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Graph;

/// <summary>
/// Every directive the corpus holds or cites, one <see cref="DirectiveEntry"/> per identity (each resolved
/// citation target and each corpus document's own identity), with the documents and citations it was built
/// from. Immutable once built; <see cref="CitationGraph"/> and <see cref="QuoteFinder"/> read from it.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, DocumentRecord> documentsById;
    private readonly Dictionary<string, DocumentCitations> citationsById;
    private readonly Dictionary<string, DirectiveEntry> directivesById;
    private readonly Dictionary<string, string> identityByDocument;
    private readonly DirectiveDirectory? whole;

    /// <param name="meetings">
    /// What the named-meeting table knows of the directives it lists (symbol, date, title) fills the gaps the
    /// citations leave: "Nghị quyết Đại hội XIII" is cited with no symbol, date or subject. <see cref="NamedMeetingTable.BuiltIn"/> when null.
    /// </param>
    /// <param name="whole">
    /// The directory of the whole corpus when <paramref name="documents"/> are only the part of it a question needs (the
    /// documents that are or cite some directives, read from an index by term queries): its entries stand in for the ones
    /// the part alone would build, and references resolve against all of it. Null when the documents are the corpus.
    /// </param>
    public KnowledgeBase(IReadOnlyList<DocumentRecord> documents, IReadOnlyList<DocumentCitations> citations, NamedMeetingTable? meetings = null, DirectiveDirectory? whole = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(citations);
        Documents = [.. documents.OrderBy(d => d.Id, StringComparer.Ordinal)];
        Citations = [.. citations.OrderBy(c => c.DocumentId, StringComparer.Ordinal)];
        documentsById = UniqueById(Documents, d => d.Id, "document");
        citationsById = UniqueById(Citations, c => c.DocumentId, "citations of document");
        identityByDocument = Citations
            .Where(c => c.Identity is not null)
            .ToDictionary(c => c.DocumentId, c => c.Identity!, StringComparer.Ordinal);

        // When two corpus files carry one identity (the same plan ingested twice), the first id in order is it.
        var documentOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (documentId, identity) in identityByDocument.OrderBy(p => p.Key, StringComparer.Ordinal))
            documentOf.TryAdd(identity, documentId);

        var citing = new Dictionary<string, List<(string DocumentId, ResolvedCitation Citation)>>(StringComparer.Ordinal);
        foreach (var document in Citations)
        {
            foreach (var citation in document.Citations)
            {
                // The document naming itself ("Kế hoạch này", its own "Số 28-KH/ĐUK") is no evidence about itself.
                if (citation.Target is not { } target || citation.IsSelf || target == document.Identity)
                    continue;
                if (!citing.TryGetValue(target, out var list))
                    citing[target] = list = [];
                list.Add((document.DocumentId, citation));
            }
        }

        var meetingDirectives = new Dictionary<string, (NamedMeeting Meeting, MeetingDirective Directive)>(StringComparer.Ordinal);
        foreach (var meeting in (meetings ?? NamedMeetingTable.BuiltIn).Meetings.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            foreach (var directive in meeting.Directives)
                meetingDirectives.TryAdd(directive.Id, (meeting, directive));
        }

        var ids = citing.Keys.Concat(documentOf.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        directivesById = new Dictionary<string, DirectiveEntry>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (whole?.Directive(id) is { } stored)
            {
                directivesById[id] = stored;
                continue;
            }

            var evidence = citing.GetValueOrDefault(id) ?? [];
            var document = documentOf.TryGetValue(id, out var documentId) ? documentsById.GetValueOrDefault(documentId) : null;
            var entry = DirectiveEntryBuilder.Build(
                id,
                document,
                [.. evidence.Select(e => e.Citation)],
                evidence.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal).Count());
            // A document whose record is missing is still the directive's document.
            entry = document is null && documentId is not null ? entry with { DocumentId = documentId } : entry;
            directivesById[id] = WithMeetingFacts(entry, meetingDirectives.GetValueOrDefault(id)) with { Status = DirectiveStatus.Of(Acts(evidence)) };
        }

        Directives = [.. directivesById.Values.OrderBy(d => d.Id, StringComparer.Ordinal)];
        this.whole = whole;
        Directory = whole ?? new DirectiveDirectory(Directives, identityByDocument);
    }

    /// <summary>The corpus documents, by id.</summary>
    public IReadOnlyList<DocumentRecord> Documents { get; }

    /// <summary>The citations of the corpus documents, by document id.</summary>
    public IReadOnlyList<DocumentCitations> Citations { get; }

    /// <summary>Every directive, by id.</summary>
    public IReadOnlyList<DirectiveEntry> Directives { get; }

    public DirectiveEntry? Directive(string id) => directivesById.GetValueOrDefault(id) ?? whole?.Directive(id);

    public DocumentRecord? Document(string documentId) => documentsById.GetValueOrDefault(documentId);

    public DocumentCitations? CitationsOf(string documentId) => citationsById.GetValueOrDefault(documentId);

    /// <summary>The identity of a corpus document that has a symbol ("kh-28-duk"), else null.</summary>
    public string? IdentityOf(string documentId) => identityByDocument.GetValueOrDefault(documentId);

    /// <summary>
    /// Directives matching <paramref name="query"/>: the most cited first, then by id. Free text matches, folded,
    /// as a substring of symbol, subject, aliases or id; a directive reference in it ("KL 21", "21-KL/TW") also
    /// matches by type, number and whatever else it gives, so "KL 21" finds "21-KL/TW".
    /// </summary>
    public DirectivePage Search(DirectiveQuery query) => Directory.Search(query);

    /// <summary>The directives and document identities alone, for search to store and resolve references with.</summary>
    public DirectiveDirectory Directory { get; }

    /// <inheritdoc cref="DirectiveDirectory.Resolve"/>
    public ResolveOutcome Resolve(string userReference) => Directory.Resolve(userReference);

    /// <summary>The citations acting on a directive's force, once per (citing document, relation).</summary>
    private List<StatusEvidence> Acts(List<(string DocumentId, ResolvedCitation Citation)> evidence)
    {
        var acts = new List<StatusEvidence>();
        var seen = new HashSet<(string, string)>();
        foreach (var (documentId, citation) in evidence)
        {
            if (GraphRelation.Of(citation.Relation) is not { } relation || !DirectiveStatus.IsAct(relation) || !seen.Add((documentId, relation)))
                continue;
            var record = documentsById.GetValueOrDefault(documentId);
            var id = identityByDocument.GetValueOrDefault(documentId) ?? documentId;
            // The sentence as quotes give it (one line, no list dash), so evidence and quotes paste alike.
            var sentence = record is null ? string.Empty : QuoteText.Clean(record.Text, citation.Citation.Sentence);
            acts.Add(new StatusEvidence(relation, id, record is null ? id : CitationText.Name(record), record?.Date, documentId, sentence));
        }

        return acts;
    }

    /// <inheritdoc cref="DirectiveDirectory.NearCandidates"/>
    public IReadOnlyList<DirectiveEntry> NearCandidates(string userReference, int limit = 5) => Directory.NearCandidates(userReference, limit);

    private static DirectiveEntry WithMeetingFacts(DirectiveEntry entry, (NamedMeeting Meeting, MeetingDirective Directive) known)
    {
        if (known.Meeting is null)
            return entry;
        var (meeting, directive) = known;
        return entry with
        {
            Symbol = entry.Symbol ?? directive.Symbol,
            Date = entry.Date ?? directive.Date,
            Subject = entry.Subject ?? directive.Title,
            // A congress resolution has no symbol; the meeting is who adopted it.
            IssuingBody = entry.IssuingBody ?? (directive.Symbol is null ? meeting.Name : null),
        };
    }

    private static Dictionary<string, T> UniqueById<T>(IEnumerable<T> items, Func<T, string> id, string what)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!byId.TryAdd(id(item), item))
                throw new ArgumentException($"Two {what} entries have the id \"{id(item)}\".");
        }

        return byId;
    }
}
