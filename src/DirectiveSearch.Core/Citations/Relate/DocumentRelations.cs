using DirectiveSearch.Core.Graph;

namespace DirectiveSearch.Core.Citations.Relate;

/// <summary>
/// What a document is to each directive it cites, one relation per directive: the strongest of its citations.
/// A plain mention that stands inside another directive's subject ("Kế hoạch số 36-KH/ĐUK ... về thực hiện Kết
/// luận số 21-KL/TW") is <see cref="Mentions"/>: the document names the directive only through another plan.
/// Search ranks the answers to a query naming a directive by this (<see cref="Rank"/>) and shows it on each hit.
/// </summary>
public static class DocumentRelations
{
    /// <summary>Named only inside another cited directive's subject: "mentions through another plan".</summary>
    public const string Mentions = "mentions";

    /// <summary>The directive's own document ("Kế hoạch này", or the record whose number it is): above every relation.</summary>
    public const string Self = "self";

    /// <summary>The strongest relation of <paramref name="citations"/> to each directive they resolve to, self-mentions left out.</summary>
    public static IReadOnlyDictionary<string, string> Of(DocumentCitations citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var nestedTargets = citations.Extracted.SelectMany(c => c.Nested).Select(n => n.ToIndex).ToHashSet();
        var strongest = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var citation in citations.Citations)
        {
            if (citation.Target is not { } target || citation.IsSelf || target == citations.Identity)
                continue;
            if (GraphRelation.Of(citation.Relation) is not { } relation)
                continue;
            if (relation == GraphRelation.Cites && nestedTargets.Contains(citation.Citation.Index))
                relation = Mentions;
            if (!strongest.TryGetValue(target, out var known) || Rank(relation) > Rank(known))
                strongest[target] = relation;
        }

        return strongest;
    }

    /// <summary>
    /// How strongly a relation ties a document to a directive: implements above basis and the legal relations
    /// (amends, replaces, repeals, details), above cites, above a mention through another plan; the directive's own
    /// document above all; 0 for none.
    /// </summary>
    public static int Rank(string? relation) => relation switch
    {
        null => 0,
        Self => 5,
        Mentions => 1,
        GraphRelation.Cites => 2,
        GraphRelation.Implements => 4,
        // Basis and every relation a legal text states about another (amends, replaces, repeals, details).
        _ => 3,
    };
}
