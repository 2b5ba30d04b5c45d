namespace DirectiveSearch.Core.Graph;

/// <summary>A node of the citation graph.</summary>
/// <param name="Id">The directive id ("kl-21-tw-2021") for a directive, including a corpus document that has a symbol; the document id for a corpus document without one.</param>
/// <param name="Kind"><see cref="GraphNodeKind.Document"/> or <see cref="GraphNodeKind.Directive"/>.</param>
/// <param name="Label">"Kế hoạch số 28-KH/ĐUK" for a corpus document (its title when it has no symbol); the symbol, else the id, for a directive the corpus only cites.</param>
/// <param name="InCorpus">True when the corpus holds the document itself.</param>
/// <param name="DocumentId">The corpus document's id, when <see cref="InCorpus"/>.</param>
public sealed record GraphNode(string Id, string Kind, string Label, bool InCorpus, string? DocumentId)
{
    /// <summary>The directive's <see cref="DirectiveStatus.State"/> ("in-force", "amended", "replaced", ...); null for a document without a symbol.</summary>
    public string? Status { get; init; }
}
