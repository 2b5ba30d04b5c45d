using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Graph;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>
/// Works out what one ingest changes in an index written for incremental change, reading the index by term queries and
/// doc values rather than record by record:
/// <list type="number">
/// <item>the documents added or changed (their <see cref="RecordState.Hash"/> differs) and removed;</item>
/// <item>the lookup keys ("kh-49") whose known directives the change moves: those the old or new versions make known,
/// kept only when what the lookup would answer for them differs before and after;</item>
/// <item>the unchanged documents whose resolution read one of those keys (<see cref="IndexFields.LookupKeys"/>), which
/// are re-resolved: an undated "Kế hoạch số 49-KH/TU" joins "kh-49-tu-2021" when a plan dating it arrives;</item>
/// <item>the entries of the directive directory whose evidence or document the change touches, rebuilt from the
/// documents that are or cite them.</item>
/// </list>
/// </summary>
internal sealed class IncrementalChangePlanner(DocumentIndex index, DocumentResolution resolution)
{
    private readonly StoredChangeState stored = new(index);

    /// <param name="documents">Every document of the new generation, with stored paths.</param>
    /// <param name="sourcesOf">Each document's files with their folders.</param>
    public IndexChange Plan(IReadOnlyList<DocumentRecord> documents, Func<DocumentRecord, IReadOnlyList<(ParsedSource Source, string? Root)>> sourcesOf, DocumentIdLedger ids)
    {
        var hashes = stored.RecordHashes();
        var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var changed = documents
            .Select(d => (Record: d, Sources: sourcesOf(d)))
            .Select(d => (d.Record, d.Sources, Hash: RecordState.HashOf(d.Record, d.Sources)))
            .Where(d => !hashes.TryGetValue(d.Record.Id, out var hash) || hash != d.Hash)
            .ToList();
        var removed = hashes.Keys.Where(id => !byId.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var replaced = changed.Select(c => c.Record.Id).Concat(removed).ToHashSet(StringComparer.Ordinal);

        var prepared = Prepare(changed.Select(c => c.Record));
        var oldKnown = stored.KnownOf(replaced);
        var newKnown = prepared.Values.ToDictionary(p => p.Document.Id, p => p.Known, StringComparer.Ordinal);
        var movedKeys = MovedKeys(oldKnown, newKnown, replaced);

        var affected = stored.RecordsWithAny(IndexFields.LookupKeys, movedKeys)
            .Where(id => !replaced.Contains(id) && byId.ContainsKey(id))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var (id, again) in Prepare(affected.Select(id => byId[id])))
            prepared[id] = again;

        var lookup = Lookup(prepared.Values, replaced, newKnown);
        var citations = new Dictionary<string, DocumentCitations>(StringComparer.Ordinal);
        foreach (var (id, document) in prepared)
            citations[id] = resolution.Resolve(document, lookup);

        var sourcesById = changed.ToDictionary(c => c.Record.Id, c => c.Sources, StringComparer.Ordinal);
        var written = prepared.Values
            .OrderBy(p => p.Document.Id, StringComparer.Ordinal)
            .Select(p =>
            {
                var sources = sourcesById.GetValueOrDefault(p.Document.Id);
                var state = RecordState.Of(p, citations[p.Document.Id], sources ?? sourcesOf(p.Document));
                return new IndexedDocument(p.Document, citations[p.Document.Id], state, sources);
            })
            .ToList();
        var directory = Directory(written, removed, byId);
        return new IndexChange(written, removed, directory, ids);
    }

    private Dictionary<string, PreparedDocument> Prepare(IEnumerable<DocumentRecord> records)
    {
        var list = records.ToList();
        var prepared = new PreparedDocument[list.Count];
        Parallel.For(0, list.Count, i => prepared[i] = resolution.Prepare(list[i]));
        return prepared.ToDictionary(p => p.Document.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// The keys whose lookup answer the change moves. A new plan that writes "Kết luận số 21-KL/TW, ngày 25/10/2021" as
    /// hundreds of plans before it did moves nothing, so their citations are not re-resolved.
    /// </summary>
    private HashSet<string> MovedKeys(
        IReadOnlyDictionary<string, IReadOnlyList<KnownDirective>> oldKnown,
        IReadOnlyDictionary<string, IReadOnlyList<KnownDirective>> newKnown,
        HashSet<string> replaced)
    {
        var keys = oldKnown.Values.Concat(newKnown.Values).SelectMany(k => k).Select(DocumentResolution.KeyOf).ToHashSet(StringComparer.Ordinal);
        var moved = new HashSet<string>(StringComparer.Ordinal);
        if (keys.Count == 0)
            return moved;
        var before = stored.KnownWithKeys(keys);
        foreach (var key in keys)
        {
            var was = Effective(before.Values.SelectMany(k => k), key);
            var kept = before.Where(p => !replaced.Contains(p.Key)).SelectMany(p => p.Value);
            var now = Effective(kept.Concat(newKnown.Values.SelectMany(k => k)), key);
            if (!was.SequenceEqual(now))
                moved.Add(key);
        }

        return moved;
    }

    /// <summary>What a lookup answers for a key: each id once, with a date when any entry has one (<see cref="InMemoryDirectiveLookup"/>'s rule).</summary>
    private static List<(string Id, int? Year, DateOnly? Date)> Effective(IEnumerable<KnownDirective> known, string key) =>
        [.. new InMemoryDirectiveLookup(known.Where(k => DocumentResolution.KeyOf(k) == key))
            .Candidates(key[..key.IndexOf('-', StringComparison.Ordinal)], key[(key.IndexOf('-', StringComparison.Ordinal) + 1)..], null)
            .Select(k => (k.Id, k.Year, k.Date))
            .OrderBy(k => k.Id, StringComparer.Ordinal)];

    /// <summary>The lookup the re-resolved documents read: what the kept documents and the new versions make known under their keys, and the meetings.</summary>
    private InMemoryDirectiveLookup Lookup(IEnumerable<PreparedDocument> documents, HashSet<string> replaced, IReadOnlyDictionary<string, IReadOnlyList<KnownDirective>> newKnown)
    {
        var keys = documents.SelectMany(d => d.LookupKeys).ToHashSet(StringComparer.Ordinal);
        var kept = stored.KnownWithKeys(keys).Where(p => !replaced.Contains(p.Key)).SelectMany(p => p.Value);
        return new InMemoryDirectiveLookup(kept.Concat(newKnown.Values.SelectMany(k => k)).Concat(resolution.MeetingDirectives));
    }

    /// <summary>
    /// The directory with the entries the change touches rebuilt. An entry depends on the documents that are the
    /// directive and those that cite it, and nothing else; those are found by the identity and cites terms, so a
    /// <see cref="KnowledgeBase"/> over them alone gives the entry the whole corpus would.
    /// </summary>
    private DirectiveDirectory Directory(IReadOnlyList<IndexedDocument> written, IReadOnlyList<string> removed, Dictionary<string, DocumentRecord> byId)
    {
        var old = index.Directory;
        var touched = written.Select(w => w.Record.Id).Concat(removed).ToHashSet(StringComparer.Ordinal);
        var directives = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in touched)
        {
            if (index.CitationsOf(id) is { } before)
                AddDirectives(directives, before);
        }

        foreach (var document in written)
            AddDirectives(directives, document.Citations);

        var records = new Dictionary<string, DocumentRecord>(StringComparer.Ordinal);
        var citations = new Dictionary<string, DocumentCitations>(StringComparer.Ordinal);
        foreach (var document in written)
        {
            records[document.Record.Id] = document.Record;
            citations[document.Record.Id] = document.Citations;
        }

        var around = stored.RecordsWithAny(IndexFields.Identity, directives)
            .Concat(stored.RecordsWithAny(IndexFields.Cites, directives))
            .Where(id => !touched.Contains(id))
            .Distinct(StringComparer.Ordinal);
        foreach (var id in around)
        {
            if (index.CitationsOf(id) is not { } cited)
                continue;
            citations[id] = cited;
            if (cited.Identity is { } identity && directives.Contains(identity))
                records[id] = byId.GetValueOrDefault(id) ?? index.Find(id)!;
        }

        var rebuilt = new KnowledgeBase([.. records.Values], [.. citations.Values]).Directives.Where(d => directives.Contains(d.Id));
        var entries = old.Directives.Where(d => !directives.Contains(d.Id)).Concat(rebuilt).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var identities = old.IdentityByDocument
            .Where(p => !touched.Contains(p.Key))
            .Concat(written.Where(w => w.Citations.Identity is not null).Select(w => KeyValuePair.Create(w.Record.Id, w.Citations.Identity!)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return new DirectiveDirectory(entries, identities);
    }

    private static void AddDirectives(HashSet<string> directives, DocumentCitations citations)
    {
        if (citations.Identity is { } identity)
            directives.Add(identity);
        foreach (var citation in citations.Citations)
        {
            if (citation.Target is { } target && !citation.IsSelf && target != citations.Identity)
                directives.Add(target);
        }
    }
}
