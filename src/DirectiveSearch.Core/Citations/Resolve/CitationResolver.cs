using DirectiveSearch.Core.Citations.Relate;
using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Citations.Resolve;

/// <summary>
/// Turns one document's extracted citations into identities ("kl-21-tw-2021"), with their relation, their
/// section and the warnings of every decision. A dated citation gives its identity directly. An undated one
/// joins the year the same document gives that symbol elsewhere, else the only candidate the
/// <see cref="IDirectiveLookup"/> knows (same type, number and issuer, any year), else it stays ambiguous
/// with the candidate list; with no candidate at all its identity has no year ("qd-183-thu"). Nothing is
/// guessed silently: a citation without a target carries its candidates or a warning. The identity's type
/// comes from the noun ("Quy định số 37-QĐ/TW" → qd); a number without a symbol takes its issuer from the
/// body ("Kết luận số 01, ngày 18/5/2021 của Bộ Chính trị" → kl-01-tw-2021).
/// </summary>
public sealed class CitationResolver
{
    private readonly IDirectiveLookup lookup;
    private readonly NamedMeetingTable meetings;

    public CitationResolver(IDirectiveLookup lookup, NamedMeetingTable? meetings = null)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        this.lookup = lookup;
        this.meetings = meetings ?? NamedMeetingTable.BuiltIn;
    }

    /// <param name="text">The document's normalized text, which the citations' offsets point into.</param>
    /// <param name="citations">The document's extraction.</param>
    /// <param name="lead">Title and opening clause, for relations; none gives every citation "cites".</param>
    /// <param name="sections">The document's sections, for <see cref="ResolvedCitation.SectionPath"/>.</param>
    /// <param name="selfIdentity">The document's own identity, target of its self references.</param>
    public IReadOnlyList<ResolvedCitation> Resolve(
        string text,
        IReadOnlyList<ExtractedCitation> citations,
        DocumentLead? lead = null,
        IReadOnlyList<Section>? sections = null,
        string? selfIdentity = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(citations);
        lead ??= DocumentLead.None;
        var localYears = LocalYears(citations);
        var byIndex = new IReadOnlyList<Resolution>[citations.Count];
        var results = new List<ResolvedCitation>(citations.Count);
        foreach (var citation in citations)
        {
            var relation = CitationRelationClassifier.Classify(text, citation, lead, citations);
            var section = sections is null ? null : SectionLocator.PathAt(sections, citation.Start);
            var resolutions = ResolveOne(citation, byIndex, localYears, selfIdentity);
            byIndex[citation.Index] = resolutions;
            foreach (var resolution in resolutions)
            {
                // A document naming its own number ("(Kèm theo Nghị định số 249/2025/NĐ-CP ...)" in its annex)
                // speaks of itself.
                var own = selfIdentity is not null
                    && (resolution.Target == selfIdentity || AttachmentOfItself(text, citation, resolution, selfIdentity));
                results.Add(new ResolvedCitation(citation, resolution.Target, resolution.Candidates, own ? CitationRelation.Self : relation, resolution.Warnings, section));
            }
        }

        return results;
    }

    /// <summary>
    /// "Ban hành kèm theo Quyết định số 2816/QĐ-UBND": an administrative number carries no year, so without a
    /// date the citation resolves to "qd-2816-ubnd" and not to the document's "qd-2816-ubnd-2025"; written as
    /// the document's attachment line, it is the document all the same.
    /// </summary>
    private static bool AttachmentOfItself(string text, ExtractedCitation citation, Resolution resolution, string selfIdentity)
    {
        if (citation.Date is not null || citation.Symbol is null)
            return false;
        var same = resolution.Target is { } target && selfIdentity.StartsWith(target + "-", StringComparison.Ordinal)
            || resolution.Target is null && resolution.Candidates.Contains(selfIdentity);
        if (!same)
            return false;
        var before = text.AsSpan(Math.Max(0, citation.Start - AttachmentWindow), Math.Min(citation.Start, AttachmentWindow));
        return before.Contains("kèm theo", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How far before the citation "kèm theo" may stand ("Ban hành kèm theo Quyết định số ...").</summary>
    private const int AttachmentWindow = 40;

    private IReadOnlyList<Resolution> ResolveOne(
        ExtractedCitation citation,
        IReadOnlyList<Resolution>?[] byIndex,
        Dictionary<string, HashSet<int>> localYears,
        string? selfIdentity)
    {
        if (citation.Kind == CitationKind.SelfReference)
            return [new Resolution(selfIdentity, [], [])];
        if (citation.AliasOf is { } definer && definer < citation.Index && byIndex[definer] is { } defined)
            return [.. defined.Select(d => d with { Warnings = [] })];
        if (citation.Kind == CitationKind.Meeting)
            return FromMeeting(citation);
        if (citation.Number is null)
            return [Resolution.None($"\"{citation.Text}\" names no number and no defined short name")];
        return [FromNumber(citation, localYears)];
    }

    private IReadOnlyList<Resolution> FromMeeting(ExtractedCitation citation)
    {
        var meeting = citation.Meeting!;
        if (meetings.Find(meeting.Key) is not { } known)
            return [Resolution.None($"meeting \"{meeting.Text}\" ({meeting.Key}) is not in the named-meeting table")];
        var type = citation.NounType ?? DirectiveTypes.Unknown;
        var matching = known.Directives.Where(d => d.Type == type).ToList();
        if (matching.Count > 0)
            return [.. matching.Select(d => Resolution.To(d.Id))];
        // "Nghị quyết Hội nghị Trung ương 4 khóa XIII" (seed 000): that plenum adopted a Kết luận and a Quy
        // định, which people still call the plenum's resolutions.
        if (type == "nq" && known.Directives.Count > 0)
            return [.. known.Directives.Select(d => Resolution.To(d.Id, $"\"{citation.Noun}\" of {meeting.Key} read as all its directives: it adopted no Nghị quyết"))];
        return [Resolution.None($"the named-meeting table lists no {type} of {meeting.Key}")];
    }

    private Resolution FromNumber(ExtractedCitation citation, Dictionary<string, HashSet<int>> localYears)
    {
        var warnings = new List<string>();
        var number = DirectiveIdentity.NormalizeNumber(citation.Number!);
        var issuer = citation.Symbol is { } symbol ? DirectiveIdentity.FoldCode(symbol.IssuerCode) : IssuingBodyCodes.FromBody(citation.IssuingBody);
        var type = TypeOf(citation, number, issuer, warnings);
        var year = YearOf(citation, warnings);

        if (issuer is null)
        {
            var anyIssuer = lookup.Candidates(type, number, null).Where(k => year is null || k.Year == year).Select(k => k.Id).Distinct().ToList();
            if (anyIssuer.Count == 1)
                return new Resolution(anyIssuer[0], [], [.. warnings, $"no symbol and no known issuing body; joined the only known {type} {number}"]);
            return new Resolution(null, anyIssuer, [.. warnings, $"no symbol and no known issuing body: issuer unknown"]);
        }

        if (year is not null)
            return new Resolution(DirectiveIdentity.Slug(type, number, issuer, year), [], warnings);

        if (localYears.TryGetValue(LocalKey(type, number, issuer), out var years) && years.Count == 1)
            return new Resolution(DirectiveIdentity.Slug(type, number, issuer, years.First()), [], warnings);

        var candidates = lookup.Candidates(type, number, issuer).Select(k => k.Id).Distinct().ToList();
        switch (candidates.Count)
        {
            case 0:
                warnings.Add("no date and no dated mention known: identity without year");
                return new Resolution(DirectiveIdentity.Slug(type, number, issuer, null), [], warnings);
            case 1:
                return new Resolution(candidates[0], [], warnings);
            default:
                warnings.Add($"no date: ambiguous between {string.Join(", ", candidates)}");
                return new Resolution(null, candidates, warnings);
        }
    }

    private string TypeOf(ExtractedCitation citation, string number, string? issuer, List<string> warnings)
    {
        if (citation.NounDisagreesWithCode && issuer is not null)
        {
            var (type, reason) = NounCodeConflict.Decide(citation, number, issuer, lookup);
            warnings.Add($"noun \"{citation.Noun}\" and code {citation.TypeCode} of {citation.Symbol!.Text} disagree; read as {type}: {reason}");
            return type;
        }

        return citation.NounType ?? citation.CodeType ?? DirectiveTypes.Unknown;
    }

    // A state number carries its year; a date that disagrees is most likely the typo, and is reported.
    private static int? YearOf(ExtractedCitation citation, List<string> warnings)
    {
        if (citation.Symbol?.Year is { } symbolYear)
        {
            if (citation.Date is { } date && date.Year != symbolYear)
                warnings.Add($"date {date:dd/MM/yyyy} disagrees with the year {symbolYear} of {citation.Symbol.Text}; kept {symbolYear}");
            return symbolYear;
        }

        return citation.Date?.Year;
    }

    // Years the document itself gives each symbol: an undated "Kết luận 29-KL/TU" (seed 001) takes the year of
    // the dated "Kết luận 29-KL/TU, ngày 22/7/2021" in the same plan before any other plan's.
    private static Dictionary<string, HashSet<int>> LocalYears(IReadOnlyList<ExtractedCitation> citations)
    {
        var years = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var c in citations)
        {
            if (c.Kind is not (CitationKind.Symbol or CitationKind.NumberOnly) || c.NounDisagreesWithCode || c.Number is null)
                continue;
            var year = c.Symbol?.Year ?? c.Date?.Year;
            var issuer = c.Symbol is { } s ? DirectiveIdentity.FoldCode(s.IssuerCode) : IssuingBodyCodes.FromBody(c.IssuingBody);
            if (year is null || issuer is null)
                continue;
            var key = LocalKey(c.NounType ?? c.CodeType ?? DirectiveTypes.Unknown, DirectiveIdentity.NormalizeNumber(c.Number), issuer);
            if (!years.TryGetValue(key, out var set))
                years[key] = set = [];
            set.Add(year.Value);
        }

        return years;
    }

    private static string LocalKey(string type, string number, string issuer) => $"{type}-{number}-{issuer}";
}
