namespace DirectiveSearch.Core.Tests.Citations.Extract;

/// <summary>Timing tests run alone: in parallel with the rest of the suite they would measure the machine.</summary>
[CollectionDefinition(nameof(CitationExtractorPerformanceTests), DisableParallelization = true)]
public sealed class PerformanceCollection;
