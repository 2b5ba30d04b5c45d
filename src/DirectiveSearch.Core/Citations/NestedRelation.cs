namespace DirectiveSearch.Core.Citations;

/// <summary>
/// Citation <see cref="FromIndex"/> implements citation <see cref="ToIndex"/> (indices into the same extraction):
/// seed 000 writes "Kế hoạch số 52-KH/ĐUK ... về thực hiện Kế hoạch số 49-KH/TU ... về thực hiện Kết luận số
/// 21-KL/TW", a chain 52 → 49 → 21 that the citation graph can use without reading plan 52 or plan 49.
/// </summary>
public sealed record NestedRelation(int FromIndex, int ToIndex, NestedRelationKind Kind);
