namespace DirectiveSearch.Core.Graph;

/// <summary>
/// A knowledge-base entry with its neighbours in the citation graph: the shape of GET /api/directives/{id}
/// and "dirsearch directive". The fields of <see cref="DirectiveEntry"/> come first and keep their names.
/// </summary>
/// <param name="CitedBy">Who implements, has as basis or cites it: most attested first.</param>
/// <param name="Cites">What it implements, has as basis or cites, as the corpus attests (its own text when it is in the corpus, nested "về thực hiện" chains otherwise).</param>
public sealed record DirectiveDetails(
    string Id,
    string? Symbol,
    string Type,
    string TypeName,
    string Number,
    string Issuer,
    string? IssuingBody,
    DateOnly? Date,
    string? Subject,
    IReadOnlyList<string> Aliases,
    string? DocumentId,
    bool InCorpus,
    int CitedByCount,
    IReadOnlyList<GraphLink> CitedBy,
    IReadOnlyList<GraphLink> Cites)
{
    /// <summary>In force, amended, partly repealed, replaced or repealed, with its evidence.</summary>
    public DirectiveStatus Status { get; init; } = DirectiveStatus.InForceStatus;

    public static DirectiveDetails Of(DirectiveEntry entry, CitationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(graph);
        return new DirectiveDetails(
            entry.Id,
            entry.Symbol,
            entry.Type,
            entry.TypeName,
            entry.Number,
            entry.Issuer,
            entry.IssuingBody,
            entry.Date,
            entry.Subject,
            entry.Aliases,
            entry.DocumentId,
            entry.InCorpus,
            entry.CitedByCount,
            graph.CitedBy(entry.Id),
            graph.Cites(entry.Id))
        {
            Status = entry.Status,
        };
    }
}
