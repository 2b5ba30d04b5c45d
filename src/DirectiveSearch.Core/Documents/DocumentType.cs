namespace DirectiveSearch.Core.Documents;

/// <summary>The kind of document: a short code as used in symbols and its Vietnamese name.</summary>
public sealed record DocumentType(string Code, string Name);
