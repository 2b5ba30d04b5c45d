using DirectiveSearch.Core.Assignments;

namespace DirectiveSearch.Server.Contracts;

/// <summary>GET /api/tasks and /api/units/{id}/tasks: the tasks with their status at <see cref="Today"/>.</summary>
public sealed record TaskList(DateOnly Today, int Total, IReadOnlyList<TaskEntry> Tasks);

/// <summary>GET /api/units: every unit the plans assign work to.</summary>
public sealed record UnitList(DateOnly Today, int Total, IReadOnlyList<UnitSummary> Units);
