namespace DirectiveSearch.Core.Graph;

/// <summary>
/// <see cref="Source"/> implements, has as basis, or cites <see cref="Target"/>, according to the corpus
/// documents in <see cref="Evidence"/> (sorted). A document's own citations have the document as evidence; a
/// nested "Kế hoạch số 52-KH/ĐUK ... về thực hiện Kế hoạch số 49-KH/TU" gives 52 → 49 with the document that
/// wrote it as evidence, though neither plan is in the corpus.
/// </summary>
/// <param name="Relation"><see cref="GraphRelation.Implements"/>, <see cref="GraphRelation.Basis"/> or <see cref="GraphRelation.Cites"/>.</param>
public sealed record GraphEdge(string Source, string Target, string Relation, IReadOnlyList<string> Evidence);
