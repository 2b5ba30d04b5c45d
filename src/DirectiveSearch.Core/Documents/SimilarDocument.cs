namespace DirectiveSearch.Core.Documents;

/// <summary>
/// Another document that shares most of this one's text without being a rendition of it, such as a district's plan
/// copied from the province's. Its title, symbol and issuer come along so a list of them reads without a lookup each.
/// </summary>
/// <param name="Resemblance">Share of distinctive word pairs the two texts have in common, 0..1.</param>
public sealed record SimilarDocument(string Id, double Resemblance, string Title, string? Symbol, string? Issuer);
