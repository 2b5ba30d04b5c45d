namespace DirectiveSearch.Core.Assignments;

/// <summary>
/// One task a plan assigns: what, to whom, with whom, by when and under which directive, with the exact
/// words it came from (<see cref="Start"/>..<see cref="End"/> in the document text).
/// </summary>
/// <param name="Id">"{documentId}#{n}", n counting the document's tasks from 1 in text order.</param>
/// <param name="SectionPath">The innermost numbered section holding the task ("III.5"), null outside any.</param>
/// <param name="Lead">The units leading the task (chủ trì, chịu trách nhiệm, "giao ..."), empty when the plan names none.</param>
/// <param name="Supporting">The units named to assist (phối hợp với ...).</param>
/// <param name="UnitUncertain">True when no lead could be read with confidence: the task stands, its unit is not guessed.</param>
/// <param name="Output">What the task must produce when named: report, plan, conference, preliminary-review, final-review, scheme, programme.</param>
/// <param name="Deadline">Null when the task names no deadline.</param>
/// <param name="Directives">Directive ids the task serves: those named in its words first, then those the plan implements.</param>
public sealed record Assignment(
    string Id,
    string DocumentId,
    string? SectionPath,
    string Text,
    int Start,
    int End,
    IReadOnlyList<AssignedUnit> Lead,
    IReadOnlyList<AssignedUnit> Supporting,
    bool UnitUncertain,
    string? Output,
    Deadline? Deadline,
    IReadOnlyList<string> Directives);
