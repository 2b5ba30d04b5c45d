namespace DirectiveSearch.Ingestion.Grouping;

/// <summary>Two sources compared in full.</summary>
/// <param name="First">Index of one source in the grouped list (the smaller index).</param>
/// <param name="Second">Index of the other.</param>
/// <param name="Resemblance">Shared distinctive word bigrams over the larger text's (<see cref="ContentFingerprint.Resemblance"/>), 0..1.</param>
/// <param name="Disagreement">The identifying fact both state differently (<see cref="IdentifyingFacts"/>); null when none.</param>
public sealed record SourcePair(int First, int Second, double Resemblance, string? Disagreement)
{
    /// <summary>Renditions of one document: texts that agree almost entirely and headers that never contradict.</summary>
    public bool SameDocument => Disagreement is null && Resemblance >= SameDocumentGrouper.Threshold;
}
