using DirectiveSearch.Core.Citations.Extract;
using DirectiveSearch.Core.Citations.Relate;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Citations.Resolve;

/// <summary>
/// One document's share of <see cref="CorpusCitationResolver"/>, split so an index can resolve a few documents at a
/// time: <see cref="Prepare"/> extracts and resolves what needs no lookup, which gives the directives the document makes
/// known to the others (<see cref="PreparedDocument.Known"/>) and the lookup keys its own resolution reads
/// (<see cref="PreparedDocument.LookupKeys"/>); <see cref="Resolve"/> finishes it against any lookup. Resolving every
/// document of a corpus this way, with the lookup of all their known directives, gives what the corpus resolver gives.
/// </summary>
public sealed class DocumentResolution
{
    private readonly NamedMeetingTable meetings;
    private readonly CitationResolver firstPass;

    public DocumentResolution(NamedMeetingTable? meetings = null)
    {
        this.meetings = meetings ?? NamedMeetingTable.BuiltIn;
        firstPass = new CitationResolver(InMemoryDirectiveLookup.Empty, this.meetings);
    }

    public NamedMeetingTable Meetings => meetings;

    /// <summary>The directives the named-meeting table makes known, which every lookup holds.</summary>
    public IEnumerable<KnownDirective> MeetingDirectives =>
        meetings.Meetings.SelectMany(m => m.Directives).SelectMany(d => InMemoryDirectiveLookup.Parse(d.Id, d.Date));

    public PreparedDocument Prepare(DocumentRecord document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var extracted = CitationExtractor.Extract(document.Text);
        var lead = DocumentLeadLocator.Locate(document.Text, document.Sections);
        var identity = DirectiveIdentity.OfDocument(document.Symbol, document.Type.Name, document.Type.Code, document.Date);
        var dated = firstPass.Resolve(document.Text, extracted, lead, null, identity);
        // The same selection InMemoryDirectiveLookup.From makes of a corpus, for this document alone.
        var known = InMemoryDirectiveLookup.KnownFrom(dated, [document]);
        return new PreparedDocument(document, extracted, lead, identity, known, LookupKeysOf(extracted));
    }

    public DocumentCitations Resolve(PreparedDocument prepared, IDirectiveLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var resolver = new CitationResolver(lookup, meetings);
        var document = prepared.Document;
        return new DocumentCitations(
            document.Id,
            prepared.Identity,
            prepared.Extracted,
            resolver.Resolve(document.Text, prepared.Extracted, prepared.Lead, document.Sections, prepared.Identity));
    }

    /// <summary>The key a known directive is looked up by: type and number ("kl-21"), whatever the issuer and year.</summary>
    public static string KeyOf(KnownDirective known)
    {
        ArgumentNullException.ThrowIfNull(known);
        return $"{known.Type}-{known.Number}";
    }

    /// <summary>
    /// Every type-and-number the resolver may ask the lookup about for these citations: the noun's reading, the code's
    /// and the fallback, since a noun and a code that disagree are decided by what the lookup knows of both.
    /// </summary>
    private static IReadOnlyList<string> LookupKeysOf(IReadOnlyList<ExtractedCitation> extracted)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var citation in extracted)
        {
            if (citation.Number is null)
                continue;
            var number = DirectiveIdentity.NormalizeNumber(citation.Number);
            foreach (var type in new[] { citation.NounType, citation.CodeType, citation.NounType ?? citation.CodeType ?? DirectiveTypes.Unknown })
            {
                if (type is not null)
                    keys.Add($"{type}-{number}");
            }
        }

        return [.. keys];
    }
}

/// <summary>A document extracted and resolved as far as it can be without the rest of the corpus.</summary>
/// <param name="Known">The directives this document makes known: its own identity and the ones it cites with a date.</param>
/// <param name="LookupKeys">The type-and-number keys (<see cref="DocumentResolution.KeyOf"/>) its resolution reads.</param>
public sealed record PreparedDocument(
    DocumentRecord Document,
    IReadOnlyList<ExtractedCitation> Extracted,
    DocumentLead Lead,
    string? Identity,
    IReadOnlyList<KnownDirective> Known,
    IReadOnlyList<string> LookupKeys);
