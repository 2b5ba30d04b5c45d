namespace DirectiveSearch.Core.Graph;

/// <summary>One page of a directive search: the most cited first, then by id.</summary>
/// <param name="Total">How many directives match in all.</param>
public sealed record DirectivePage(int Total, int Offset, int Limit, IReadOnlyList<DirectiveEntry> Items);
