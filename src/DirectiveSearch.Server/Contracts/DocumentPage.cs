namespace DirectiveSearch.Server.Contracts;

/// <summary>A page of the document list.</summary>
/// <param name="Total">Documents in the index.</param>
public sealed record DocumentPage(int Total, int Offset, int Limit, IReadOnlyList<DocumentListItem> Documents);
