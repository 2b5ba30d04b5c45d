using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Ingestion.Grouping;

/// <summary>
/// Gives each document of a run its id from the ledger of the index: a document keeps the id whose recorded
/// content it still holds, whatever its files are called now, where they lie or which of them remain. Only a
/// document none of whose files was ever seen gets a new id, from a file name, and never one given before.
/// </summary>
public static class DocumentIdAssigner
{
    /// <param name="documents">The files of each document of this run.</param>
    /// <param name="succeeds">
    /// Whether document d (by index) is what an earlier document, all of whose files are gone, became: its file edited in
    /// place is new content but the same document. Given the earlier document's content hashes; null when nothing can tell.
    /// </param>
    /// <returns>An id for each document, in order, and the ledger to store with the new generation.</returns>
    public static (IReadOnlyList<string> Ids, DocumentIdLedger Ledger) Assign(
        IReadOnlyList<IReadOnlyList<SourceFile>> documents,
        DocumentIdLedger previous,
        Func<int, IReadOnlyList<string>, bool>? succeeds = null)
    {
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var e = 0; e < previous.Assignments.Count; e++)
        {
            foreach (var hash in previous.Assignments[e].ContentHashes)
                owner.TryAdd(hash, e);
        }

        // A document claims each earlier id by the number of its files that id was given to. When a document split
        // (two files no longer count as one) or two merged, the strongest claim keeps the id; ties go to the entry
        // earlier in the ledger (id order), so the outcome does not depend on the order files were found in.
        var claims = documents
            .SelectMany((files, d) => files
                .Select(f => f.ContentHash)
                .Distinct(StringComparer.Ordinal)
                .Where(owner.ContainsKey)
                .GroupBy(h => owner[h])
                .Select(g => (Document: d, Entry: g.Key, Files: g.Count(), First: g.Order(StringComparer.Ordinal).First())))
            .OrderByDescending(c => c.Files)
            .ThenBy(c => c.Entry)
            .ThenBy(c => c.First, StringComparer.Ordinal)
            .ToList();
        var ids = new string?[documents.Count];
        var entryOf = new int?[documents.Count];
        var takenEntries = new HashSet<int>();
        foreach (var claim in claims)
        {
            if (ids[claim.Document] is not null || !takenEntries.Add(claim.Entry))
                continue;
            ids[claim.Document] = previous.Assignments[claim.Entry].Id;
            entryOf[claim.Document] = claim.Entry;
        }

        // A document of new content only may still be an earlier one edited: it takes the id of a document that was
        // in the last generation, lost every file, and of which it is a rendition.
        if (succeeds is not null)
        {
            for (var d = 0; d < documents.Count; d++)
            {
                if (ids[d] is not null)
                    continue;
                for (var e = 0; e < previous.Assignments.Count; e++)
                {
                    var entry = previous.Assignments[e];
                    if (entry.Removed || takenEntries.Contains(e) || !succeeds(d, entry.ContentHashes))
                        continue;
                    takenEntries.Add(e);
                    ids[d] = entry.Id;
                    entryOf[d] = e;
                    break;
                }
            }
        }

        var given = new HashSet<string>(previous.Assignments.Select(a => a.Id), StringComparer.Ordinal);
        var fresh = Enumerable.Range(0, documents.Count)
            .Where(d => ids[d] is null)
            .OrderBy(d => FirstPath(documents[d]), StringComparer.Ordinal);
        foreach (var d in fresh)
        {
            var stem = Path.GetFileNameWithoutExtension(FirstPath(documents[d]).Replace('\\', '/').Split('/')[^1]);
            var id = stem;
            for (var n = 2; !given.Add(id); n++)
                id = $"{stem}-{n}";
            ids[d] = id;
        }

        var assignments = new List<IdAssignment>();
        for (var d = 0; d < documents.Count; d++)
        {
            var earlier = entryOf[d] is { } e ? previous.Assignments[e].ContentHashes : [];
            var hashes = earlier.Concat(documents[d].Select(f => f.ContentHash)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            assignments.Add(new IdAssignment(ids[d]!, hashes, Removed: false));
        }

        // Hashes a live document now holds belong to it alone; a removed entry keeps the rest, so re-adding a
        // deleted document's files gives its id back rather than a new one.
        var live = assignments.SelectMany(a => a.ContentHashes).ToHashSet(StringComparer.Ordinal);
        for (var e = 0; e < previous.Assignments.Count; e++)
        {
            if (takenEntries.Contains(e))
                continue;
            var old = previous.Assignments[e];
            assignments.Add(old with { ContentHashes = [.. old.ContentHashes.Where(h => !live.Contains(h))], Removed = true });
        }

        return ([.. ids.Select(id => id!)], new DocumentIdLedger([.. assignments.OrderBy(a => a.Id, StringComparer.Ordinal)]));
    }

    private static string FirstPath(IReadOnlyList<SourceFile> files) => files.Select(f => f.Path).Min(StringComparer.Ordinal)!;
}
