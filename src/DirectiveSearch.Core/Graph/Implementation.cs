namespace DirectiveSearch.Core.Graph;

/// <summary>
/// A node that implements a directive, directly or through other plans: seed 000 cites "Kế hoạch số 52-KH/ĐUK
/// ... về thực hiện Kế hoạch số 49-KH/TU ... về thực hiện Kết luận số 21-KL/TW", so plan 52 implements
/// Kết luận 21 through plan 49, with <see cref="Path"/> ["kh-52-duk-2022", "kh-49-tu-2022", "kl-21-tw-2021"].
/// </summary>
/// <param name="Id">The implementing node.</param>
/// <param name="Label">Its label ("Kế hoạch số 52-KH/ĐUK").</param>
/// <param name="Title">What it is about: a corpus document's title, else the subject citations give it; null when nobody says.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="InCorpus">Whether the corpus holds it.</param>
/// <param name="Relation"><see cref="GraphRelation.Implements"/> for a direct implementation, <see cref="GraphRelation.ImplementsIndirectly"/> through others.</param>
/// <param name="Path">A shortest chain of implements edges, from this node to the directive, both included.</param>
/// <param name="Evidence">The corpus documents attesting the first edge of <see cref="Path"/>.</param>
public sealed record Implementation(
    string Id,
    string Label,
    string? Title,
    string Kind,
    bool InCorpus,
    string Relation,
    IReadOnlyList<string> Path,
    IReadOnlyList<string> Evidence)
{
    /// <summary>1 for a direct implementation, 2 through one intermediate plan, ...</summary>
    public int Depth => Path.Count - 1;
}
