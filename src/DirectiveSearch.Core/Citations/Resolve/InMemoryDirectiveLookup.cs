using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Citations.Resolve;

/// <summary>
/// Known directives held in memory, from dated citations, the corpus documents' own symbols and dates, and
/// the named-meeting table. A corpus document with its own symbol is the same node as the citations of that
/// symbol: seed 000's "Số 28-KH/ĐUK" gives "kh-28-duk", which an undated "Kế hoạch số 28-KH/ĐUK" elsewhere
/// joins. Two entries with one identity merge, keeping a date if either has one.
/// </summary>
public sealed class InMemoryDirectiveLookup : IDirectiveLookup
{
    private readonly Dictionary<string, List<KnownDirective>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KnownDirective>> byTypeAndNumber = new(StringComparer.Ordinal);

    public InMemoryDirectiveLookup(IEnumerable<KnownDirective> directives)
    {
        ArgumentNullException.ThrowIfNull(directives);
        var byId = new Dictionary<string, KnownDirective>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            byId[directive.Id] = byId.TryGetValue(directive.Id, out var known) && directive.Date is null
                ? known
                : directive;
        }

        foreach (var directive in byId.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            Add(byKey, $"{directive.Type}-{directive.Number}-{directive.Issuer}", directive);
            Add(byTypeAndNumber, $"{directive.Type}-{directive.Number}", directive);
        }

        Count = byId.Count;
    }

    public static InMemoryDirectiveLookup Empty { get; } = new([]);

    public int Count { get; }

    /// <summary>
    /// A lookup built from resolved citations that carry a date (or a state number's year), the documents'
    /// own identities and the meetings' directives.
    /// </summary>
    public static InMemoryDirectiveLookup From(IEnumerable<ResolvedCitation> resolved, IEnumerable<DocumentRecord> documents, NamedMeetingTable? meetings = null)
    {
        var known = KnownFrom(resolved, documents);
        foreach (var directive in (meetings ?? NamedMeetingTable.BuiltIn).Meetings.SelectMany(m => m.Directives))
            known.AddRange(Parse(directive.Id, directive.Date));
        return new InMemoryDirectiveLookup(known);
    }

    /// <summary>What <see cref="From"/> takes of citations and documents, before the meetings' directives: an index keeps it per document.</summary>
    public static List<KnownDirective> KnownFrom(IEnumerable<ResolvedCitation> resolved, IEnumerable<DocumentRecord> documents)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(documents);
        var known = new List<KnownDirective>();
        foreach (var citation in resolved)
        {
            var c = citation.Citation;
            var dated = c.Date is not null || c.Symbol?.Year is not null;
            if (citation.Target is { } target && dated && c.Kind is CitationKind.Symbol or CitationKind.NumberOnly && !c.NounDisagreesWithCode)
                known.AddRange(Parse(target, c.Date));
        }

        foreach (var document in documents)
        {
            if (DirectiveIdentity.OfDocument(document.Symbol, document.Type.Name, document.Type.Code, document.Date) is { } id)
                known.AddRange(Parse(id, document.Date));
        }

        return known;
    }

    public IReadOnlyList<KnownDirective> Candidates(string type, string number, string? issuer)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(number);
        var normalized = DirectiveIdentity.NormalizeNumber(number);
        var found = issuer is null
            ? byTypeAndNumber.GetValueOrDefault($"{type}-{normalized}")
            : byKey.GetValueOrDefault($"{type}-{normalized}-{DirectiveIdentity.FoldCode(issuer)}");
        return found is null ? [] : found;
    }

    /// <summary>
    /// A known directive from its slug: "kl-21-tw-2021" → type kl, number 21, issuer tw, year 2021;
    /// "qd-183-thu" has no year. Slugs with fewer than three parts carry no issuer and are skipped.
    /// </summary>
    public static IEnumerable<KnownDirective> Parse(string id, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(id);
        var parts = id.Split('-');
        if (parts.Length < 3)
            yield break;
        int? year = null;
        var issuerEnd = parts.Length;
        if (parts.Length >= 4 && parts[^1].Length == 4 && int.TryParse(parts[^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y))
        {
            year = y;
            issuerEnd--;
        }

        yield return new KnownDirective(id, parts[0], parts[1], string.Join('-', parts[2..issuerEnd]), year, date);
    }

    private static void Add(Dictionary<string, List<KnownDirective>> index, string key, KnownDirective directive)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(directive);
    }
}
