namespace DirectiveSearch.Core.Assignments;

/// <summary>
/// A body a task is assigned to, resolved in the context of the plan that names it: "Văn phòng" in a Tỉnh ủy
/// plan is "Văn phòng Tỉnh ủy", so that the unit's tasks meet across plans under one <see cref="Id"/>.
/// </summary>
/// <param name="Id">A slug of <see cref="Name"/> ("van-phong-tinh-uy-nam-dinh"): one per body.</param>
/// <param name="Name">The body's full name as resolved.</param>
/// <param name="Written">The words the plan used.</param>
public sealed record AssignedUnit(string Id, string Name, string Written);
