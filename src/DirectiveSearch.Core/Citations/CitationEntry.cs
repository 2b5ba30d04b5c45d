using DirectiveSearch.Core.Graph;

namespace DirectiveSearch.Core.Citations;

/// <summary>
/// One resolved citation as the API and "dirsearch show" give it: where it stands, what it says, what it points at.
/// A meeting's "kết luận, quy định" gives one entry per directive, with the same span.
/// </summary>
/// <param name="Target">The directive id ("kl-21-tw-2021"), or null when ambiguous or unidentifiable.</param>
/// <param name="Candidates">When ambiguous: the ids it could be.</param>
/// <param name="Written">The naming words as the text writes them ("Kết luận số 21-KL/TW").</param>
/// <param name="Relation">"implements", "basis", "cites", or "self" for the document naming itself ("Kế hoạch này").</param>
/// <param name="Kind">How the directive is named: "symbol", "numberOnly", "shortName", "meeting" or "selfReference".</param>
/// <param name="Section">The numbered section it stands in ("II.1"), or null in the lead.</param>
/// <param name="Sentence">The sentence it stands in.</param>
/// <param name="Start">Start of <paramref name="Written"/> in the document's text.</param>
/// <param name="End">End (exclusive) of <paramref name="Written"/> in the document's text.</param>
/// <param name="Warnings">What the resolver had to decide or could not.</param>
public sealed record CitationEntry(
    string? Target,
    IReadOnlyList<string> Candidates,
    string Written,
    string Relation,
    string Kind,
    string? Section,
    string Sentence,
    int Start,
    int End,
    IReadOnlyList<string> Warnings)
{
    public static IReadOnlyList<CitationEntry> Of(DocumentCitations citations, string text)
    {
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(text);
        return
        [
            .. citations.Citations.Select(c => new CitationEntry(
                c.Target,
                c.Candidates,
                c.Citation.Text,
                GraphRelation.Of(c.Relation) ?? Relate.DocumentRelations.Self,
                KindName(c.Citation.Kind),
                c.SectionPath,
                c.Citation.Sentence.TextIn(text).Trim(),
                c.Citation.Start,
                c.Citation.End,
                c.Warnings)),
        ];
    }

    private static string KindName(CitationKind kind) => kind switch
    {
        CitationKind.Symbol => "symbol",
        CitationKind.NumberOnly => "numberOnly",
        CitationKind.ShortName => "shortName",
        CitationKind.Meeting => "meeting",
        _ => "selfReference",
    };
}
