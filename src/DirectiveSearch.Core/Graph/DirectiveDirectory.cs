using DirectiveSearch.Core.Citations;

namespace DirectiveSearch.Core.Graph;

/// <summary>
/// The directives of a corpus by id, and what a user's reference to one means: all that search needs of the
/// knowledge base (facet labels, "KL 21" → "kl-21-tw-2021"), small enough to store with an index and read
/// back without the records and citations the whole <see cref="KnowledgeBase"/> is built from.
/// </summary>
/// <param name="Directives">Every directive entry.</param>
/// <param name="IdentityByDocument">Each corpus document with a symbol, and its identity.</param>
public sealed record DirectiveDirectory(IReadOnlyList<DirectiveEntry> Directives, IReadOnlyDictionary<string, string> IdentityByDocument)
{
    private Dictionary<string, DirectiveEntry>? byId;
    private Dictionary<string, DirectiveSlug?>? slugs;

    private Dictionary<string, DirectiveEntry> ById => byId ??= Directives.ToDictionary(d => d.Id, StringComparer.Ordinal);

    private Dictionary<string, DirectiveSlug?> Slugs => slugs ??= Directives.ToDictionary(d => d.Id, d => DirectiveSlug.Parse(d.Id), StringComparer.Ordinal);

    public DirectiveEntry? Directive(string id) => ById.GetValueOrDefault(id);

    internal DirectiveSlug? SlugOf(string id) => Slugs.GetValueOrDefault(id);

    /// <summary>
    /// The directive a user means by <paramref name="userReference"/>: an id ("nq-35-tw-2018"), an incomplete id
    /// ("kh-28-duk", "kl-21"), a symbol ("21-KL/TW", "249/2025/NĐ-CP"), a short form ("KL 21", "kl21", "kết luận
    /// 21", "Kết luận 21 năm 2021"), or a corpus document id (its identity). Several directives sharing type and
    /// number (and issuer and year when given) stay ambiguous rather than being guessed.
    /// </summary>
    public ResolveOutcome Resolve(string userReference)
    {
        ArgumentNullException.ThrowIfNull(userReference);
        var trimmed = userReference.Trim();
        if (ById.ContainsKey(trimmed))
            return new ResolveOutcome(trimmed, []);
        if (ById.ContainsKey(trimmed.ToLowerInvariant()))
            return new ResolveOutcome(trimmed.ToLowerInvariant(), []);
        if (IdentityByDocument.TryGetValue(trimmed, out var identity))
            return new ResolveOutcome(identity, []);
        if (UserReference.Parse(trimmed) is not { } reference)
            return ResolveOutcome.None;

        var candidates = Directives
            .Where(d => Slugs[d.Id] is { } slug && reference.Matches(slug))
            .Select(d => d.Id)
            .ToList();
        return candidates.Count switch
        {
            0 => ResolveOutcome.None,
            1 => new ResolveOutcome(candidates[0], []),
            _ => new ResolveOutcome(null, candidates),
        };
    }
}
