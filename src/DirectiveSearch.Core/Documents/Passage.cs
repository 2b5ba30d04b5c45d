namespace DirectiveSearch.Core.Documents;

/// <summary>
/// A stretch of a document's text that search retrieves and quotes: a section's own text (its
/// heading and body up to its first subsection), the lead (title and opening clause, before the
/// first section, path ""), or the tail after the last section (recipients, signature).
/// </summary>
public sealed record Passage(string Path, string Heading, int Start, int End, PassageKind Kind);
