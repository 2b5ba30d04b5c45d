using System.Text.Json.Serialization;

namespace DirectiveSearch.Core.Citations;

/// <summary>
/// A citation with the directive it points at. <see cref="Target"/> is the identity slug
/// ("kl-21-tw-2021", "qd-183-thu" when the year is unknown), or null when the citation stays ambiguous
/// (<see cref="Candidates"/> lists the known directives it could be) or cannot be identified at all
/// (<see cref="Warnings"/> says why). A meeting's "kết luận, quy định" resolves to one
/// <see cref="ResolvedCitation"/> per directive, all sharing the same <see cref="Citation"/>.
/// </summary>
/// <param name="Citation">The citation as extracted.</param>
/// <param name="Target">The identity slug, or null.</param>
/// <param name="Candidates">When ambiguous: the identities it could be, sorted; otherwise empty.</param>
/// <param name="Relation">What the citing document does with the directive.</param>
/// <param name="Warnings">Everything the resolver had to decide or could not: a noun that disagrees with its code, an ambiguity, a meeting missing from the table.</param>
/// <param name="SectionPath">The numbered section the citation stands in ("II.1.1"), when sections were supplied and one contains it.</param>
public sealed record ResolvedCitation(
    ExtractedCitation Citation,
    string? Target,
    IReadOnlyList<string> Candidates,
    CitationRelation Relation,
    IReadOnlyList<string> Warnings,
    string? SectionPath)
{
    /// <summary>The document naming itself ("Kế hoạch này", its own "Số 28-KH/ĐUK"): highlighted, but no evidence, edge or facet.</summary>
    [JsonIgnore]
    public bool IsSelf => Relation == CitationRelation.Self || Citation.Kind == CitationKind.SelfReference;

    [JsonIgnore]
    public bool IsAmbiguous => Target is null && Candidates.Count > 1;
}
