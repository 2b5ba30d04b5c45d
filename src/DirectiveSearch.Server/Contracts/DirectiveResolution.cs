using DirectiveSearch.Core.Graph;

namespace DirectiveSearch.Server.Contracts;

/// <summary>
/// What a reference a user typed means: GET /api/directives/resolve and "dirsearch directive --json".
/// Exactly one of: <see cref="Id"/> with its <see cref="Directive"/>; several <see cref="Candidates"/> (numbers
/// restart each term, so "49-KH/TU" is two plans) and no id; or neither, when nothing is known by that name.
/// </summary>
/// <param name="Ref">The reference as given.</param>
/// <param name="Id">The directive (or document node) id, when exactly one fits.</param>
/// <param name="Candidates">The ids that fit, when several do.</param>
/// <param name="Directive">The knowledge-base entry of <see cref="Id"/>, when it is a directive.</param>
/// <param name="CandidateDirectives">The entries of <see cref="Candidates"/>, to tell them apart by date and subject.</param>
public sealed record DirectiveResolution(
    string Ref,
    string? Id,
    IReadOnlyList<string> Candidates,
    DirectiveEntry? Directive,
    IReadOnlyList<DirectiveEntry> CandidateDirectives)
{
    public static DirectiveResolution Of(string reference, CitationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var outcome = graph.ResolveNode(reference);
        var knowledge = graph.Knowledge;
        return new DirectiveResolution(
            reference,
            outcome.Id,
            outcome.Candidates,
            outcome.Id is null ? null : knowledge.Directive(outcome.Id),
            [.. outcome.Candidates.Select(knowledge.Directive).OfType<DirectiveEntry>()]);
    }
}
