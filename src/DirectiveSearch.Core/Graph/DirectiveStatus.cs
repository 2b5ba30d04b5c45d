namespace DirectiveSearch.Core.Graph;

/// <summary>
/// Where a directive stands, as the archive's own documents say it: "Thông tư này ... sửa đổi, bổ sung ... Thông tư
/// số 09/2025/TT-BCT" makes 09/2025/TT-BCT <see cref="Amended"/> with Thông tư 54/2025/TT-BCT as evidence.
/// <see cref="InForce"/> means no document of the archive amends, replaces or repeals it, not that it is verified in
/// force: a text repealed by a document outside the archive still reads as in force.
/// </summary>
/// <param name="State">The strongest state the evidence gives: <see cref="Repealed"/>, <see cref="Replaced"/>, <see cref="PartlyRepealed"/>, <see cref="Amended"/> or <see cref="InForce"/>.</param>
/// <param name="Text">The state in Vietnamese ("bị thay thế bởi Nghị định số 80/2026/NĐ-CP").</param>
/// <param name="Evidence">Every document acting on it, the strongest act first, then the newest.</param>
public sealed record DirectiveStatus(string State, string Text, IReadOnlyList<StatusEvidence> Evidence)
{
    public const string InForce = "in-force";
    public const string Amended = "amended";
    public const string PartlyRepealed = "partly-repealed";
    public const string Replaced = "replaced";
    public const string Repealed = "repealed";

    /// <summary>The states, as status= and --status accept them.</summary>
    public static IReadOnlyList<string> All { get; } = [InForce, Amended, PartlyRepealed, Replaced, Repealed];

    public static DirectiveStatus InForceStatus { get; } = new(InForce, "còn hiệu lực (không văn bản nào trong kho sửa đổi, thay thế hay bãi bỏ)", []);

    /// <summary>The status the acts give; <see cref="InForceStatus"/> for none.</summary>
    public static DirectiveStatus Of(IReadOnlyList<StatusEvidence> acts)
    {
        ArgumentNullException.ThrowIfNull(acts);
        if (acts.Count == 0)
            return InForceStatus;
        var ordered = acts
            .OrderBy(a => Rank(a.Relation))
            .ThenByDescending(a => a.Date)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var strongest = ordered[0].Relation;
        var state = StateOf(strongest);
        var by = string.Join("; ", ordered.Where(a => a.Relation == strongest).Select(a => a.Label));
        var text = state switch
        {
            Repealed => $"hết hiệu lực: bị bãi bỏ bởi {by}",
            Replaced => $"hết hiệu lực: bị thay thế bởi {by}",
            PartlyRepealed => $"hết hiệu lực một phần: bị bãi bỏ một phần bởi {by}",
            _ => $"còn hiệu lực, đã được sửa đổi, bổ sung bởi {by}",
        };
        return new DirectiveStatus(state, text, ordered);
    }

    /// <summary>Whether a citation's relation acts on the force of what it cites.</summary>
    public static bool IsAct(string relation) => relation is GraphRelation.Amends or GraphRelation.Replaces or GraphRelation.Repeals or GraphRelation.RepealsInPart;

    private static string StateOf(string relation) => relation switch
    {
        GraphRelation.Repeals => Repealed,
        GraphRelation.Replaces => Replaced,
        GraphRelation.RepealsInPart => PartlyRepealed,
        _ => Amended,
    };

    // A whole repeal ends the text whatever else was done to it; a replacement too; a partial repeal leaves it in force in part.
    private static int Rank(string relation) => relation switch
    {
        GraphRelation.Repeals => 0,
        GraphRelation.Replaces => 1,
        GraphRelation.RepealsInPart => 2,
        _ => 3,
    };
}
