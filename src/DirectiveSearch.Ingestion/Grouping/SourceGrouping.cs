namespace DirectiveSearch.Ingestion.Grouping;

/// <summary>The outcome of grouping: which sources are one document, and the pairs that resemble each other.</summary>
/// <param name="Groups">Indexes into the grouped sources, each group in input order, groups by their first index.</param>
/// <param name="Pairs">Every compared pair whose resemblance reaches <see cref="SameDocumentGrouper.SimilarThreshold"/>, merged or not.</param>
public sealed record SourceGrouping(IReadOnlyList<IReadOnlyList<int>> Groups, IReadOnlyList<SourcePair> Pairs);
