namespace DirectiveSearch.Core.Citations;

/// <summary>What a cited directive says about the one cited right after it in its subject.</summary>
public enum NestedRelationKind
{
    /// <summary>"Kế hoạch số 49-KH/TU ... về thực hiện Kết luận số 21-KL/TW" (seed 000), "Kế hoạch số 03-KH/TW ... thực hiện Kết luận ..." (seed 004).</summary>
    Implements,

    /// <summary>"Kết luận số 01-KL/TW ... về tiếp tục thực hiện Chỉ thị số 05-CT/TW" (seeds 000, 002, 004).</summary>
    ContinuesImplementing,
}
