namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>Files that became one document, so a user can check the ingest's judgement.</summary>
/// <param name="Files">Paths of the document's files, in path order.</param>
/// <param name="Resemblance">The lowest resemblance among the file pairs that joined them, 0..1.</param>
/// <param name="Pairs">Each joining pair with its resemblance.</param>
public sealed record DocumentMerge(string Id, IReadOnlyList<string> Files, double Resemblance, IReadOnlyList<MergedPair> Pairs);

public sealed record MergedPair(string First, string Second, double Resemblance);
