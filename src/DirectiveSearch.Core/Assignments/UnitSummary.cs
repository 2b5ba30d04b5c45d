namespace DirectiveSearch.Core.Assignments;

/// <summary>A unit of the archive with how many tasks name it, as lead or supporting, and in how many plans; the shape of GET /api/units.</summary>
/// <param name="Written">Every way the plans wrote it.</param>
public sealed record UnitSummary(string Id, string Name, int TaskCount, int LeadCount, int DocumentCount, int OverdueCount, IReadOnlyList<string> Written);
