namespace DirectiveSearch.Search.Querying;

/// <summary>Resolves a directive reference ("KL 21", "21-KL/TW", "kl-21-tw-2021") against the knowledge base.</summary>
public delegate ReferencedDirective DirectiveResolver(string reference);
