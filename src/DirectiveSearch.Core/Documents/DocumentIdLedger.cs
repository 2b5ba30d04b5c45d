namespace DirectiveSearch.Core.Documents;

/// <summary>
/// Every document id ever given in an index, with the content (SHA-256 of each file) it was given to. Ids are
/// looked up here by content, never derived again from file names or paths, so a re-ingest in another order, from
/// another folder, or with renditions added or removed keeps them; a removed document's id stays reserved.
/// </summary>
public sealed record DocumentIdLedger(IReadOnlyList<IdAssignment> Assignments)
{
    public static DocumentIdLedger Empty { get; } = new([]);

    /// <summary>True when the id was given to a document that is no longer in the index.</summary>
    public bool WasRemoved(string id) => Assignments.Any(a => a.Removed && string.Equals(a.Id, id, StringComparison.Ordinal));

    /// <summary>The ledger of an index written before ledgers were stored: each record keeps the id it has.</summary>
    public static DocumentIdLedger Of(IEnumerable<DocumentRecord> records) =>
        new([.. records.Select(r => new IdAssignment(r.Id, [.. r.Sources.Select(s => s.ContentHash).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], Removed: false))]);
}

/// <param name="ContentHashes">Every file content that has belonged to the document, current renditions and earlier ones.</param>
/// <param name="Removed">The document is no longer in the index; the id is not given to another.</param>
public sealed record IdAssignment(string Id, IReadOnlyList<string> ContentHashes, bool Removed);
