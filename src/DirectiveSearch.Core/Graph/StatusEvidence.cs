namespace DirectiveSearch.Core.Graph;

/// <summary>One document acting on a directive's force.</summary>
/// <param name="Relation"><see cref="GraphRelation.Amends"/>, <see cref="GraphRelation.Replaces"/>, <see cref="GraphRelation.Repeals"/> or <see cref="GraphRelation.RepealsInPart"/>.</param>
/// <param name="Id">The acting directive's id (its document id when it has no symbol).</param>
/// <param name="Label">How it is named ("Thông tư số 54/2025/TT-BCT").</param>
/// <param name="Date">Its date, when known.</param>
/// <param name="DocumentId">The corpus document that says it.</param>
/// <param name="Sentence">The sentence that says it, as written.</param>
public sealed record StatusEvidence(string Relation, string Id, string Label, DateOnly? Date, string DocumentId, string Sentence);
