namespace DirectiveSearch.Core.Citations;

/// <summary>The citations of one corpus document, extracted and resolved.</summary>
/// <param name="DocumentId">The record's id.</param>
/// <param name="Identity">The document's own identity slug when its symbol is known ("kh-28-duk"), so that citations of that symbol and the document are one node.</param>
/// <param name="Extracted">Every citation as extracted, in text order.</param>
/// <param name="Citations">The resolved citations, in text order (a meeting's documents one after the other).</param>
public sealed record DocumentCitations(
    string DocumentId,
    string? Identity,
    IReadOnlyList<ExtractedCitation> Extracted,
    IReadOnlyList<ResolvedCitation> Citations);
