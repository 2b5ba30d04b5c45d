using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Text;

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
    private Dictionary<string, string>? searchText;

    private Dictionary<string, DirectiveEntry> ById => byId ??= Directives.ToDictionary(d => d.Id, StringComparer.Ordinal);

    private Dictionary<string, DirectiveSlug?> Slugs => slugs ??= Directives.ToDictionary(d => d.Id, d => DirectiveSlug.Parse(d.Id), StringComparer.Ordinal);

    private Dictionary<string, string> SearchTexts => searchText ??= Directives.ToDictionary(d => d.Id, SearchText, StringComparer.Ordinal);

    public DirectiveEntry? Directive(string id) => ById.GetValueOrDefault(id);

    /// <summary>
    /// Directives matching <paramref name="query"/>: the most cited first, then by id. Free text matches, folded,
    /// as a substring of symbol, subject, aliases or id; a directive reference in it ("KL 21", "21-KL/TW") also
    /// matches by type, number and whatever else it gives, so "KL 21" finds "21-KL/TW".
    /// </summary>
    public DirectivePage Search(DirectiveQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, DirectiveQuery.MaxLimit);

        var type = string.IsNullOrWhiteSpace(query.Type) ? null : DirectiveTypes.FromCode(query.Type) ?? DirectiveTypes.FromNoun(query.Type) ?? DirectiveIdentity.FoldCode(query.Type);
        var issuer = string.IsNullOrWhiteSpace(query.Issuer) ? null : DirectiveIdentity.FoldCode(query.Issuer);
        var text = string.IsNullOrWhiteSpace(query.Q) ? null : Evidence.Tidy(DiacriticFolder.Fold(query.Q.Normalize(System.Text.NormalizationForm.FormC)));
        var reference = query.Q is null ? null : UserReference.Parse(query.Q);

        var matches = Directives
            .Where(d =>
            {
                var slug = SlugOf(d.Id);
                if (type is not null && slug?.Type != type)
                    return false;
                if (issuer is not null && slug?.Issuer != issuer)
                    return false;
                if (query.Status is not null && d.Status.State != query.Status)
                    return false;
                if (text is null)
                    return true;
                return SearchTexts[d.Id].Contains(text, StringComparison.Ordinal) || (reference is not null && slug is not null && reference.Matches(slug));
            })
            .OrderByDescending(d => d.CitedByCount)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        return new DirectivePage(matches.Count, query.Offset, query.Limit, [.. matches.Skip(query.Offset).Take(query.Limit)]);
    }

    /// <summary>
    /// What a user may have meant by a reference that resolves to nothing: the directives with its number, those of
    /// its type first, then the most cited. "57-NQ/TW" is not in an archive that cites only 57/NQ-CP, which it offers.
    /// Empty when the reference has no number or nothing has it.
    /// </summary>
    public IReadOnlyList<DirectiveEntry> NearCandidates(string userReference, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(userReference);
        if (UserReference.Parse(userReference) is not { } reference)
            return [];
        return
        [
            .. Directives
                .Select(d => (Entry: d, Slug: SlugOf(d.Id)))
                .Where(p => p.Slug is not null && p.Slug.Number == reference.Number)
                .OrderByDescending(p => reference.Type is not null && p.Slug!.Type == reference.Type)
                .ThenByDescending(p => p.Entry.CitedByCount)
                .ThenBy(p => p.Entry.Id, StringComparer.Ordinal)
                .Take(limit)
                .Select(p => p.Entry),
        ];
    }

    /// <summary>
    /// "; có thể bạn tìm 57/NQ-CP năm 2014, …" after "… chưa có trong kho", or empty without candidates: each by its
    /// label, which carries the year, so two plans numbered alike in different years read apart.
    /// </summary>
    public static string NearCandidatesHint(IReadOnlyList<DirectiveEntry> near) =>
        near.Count == 0 ? string.Empty : $"; có thể bạn tìm {string.Join(", ", near.Select(n => n.Label).Distinct(StringComparer.Ordinal))}";

    private static string SearchText(DirectiveEntry entry) =>
        DiacriticFolder.Fold(string.Join('\n', new[] { entry.Id, entry.Symbol, entry.Subject }.Concat(entry.Aliases).Where(s => s is not null)));

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
