namespace DirectiveSearch.Core.Graph;

/// <summary>
/// A node that depends on a directive by a direct edge: what "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15"
/// makes of a decree (basis), a circular that amends another (amends), a plan that implements a resolution.
/// </summary>
/// <param name="Id">The depending node.</param>
/// <param name="Label">Its label ("Kế hoạch số 28-KH/ĐUK").</param>
/// <param name="Title">What it is about: a corpus document's title, else the subject citations give it; null when nobody says.</param>
/// <param name="Date">Its date of issue, when known.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="InCorpus">Whether the corpus holds it.</param>
/// <param name="Relations">The relations of its edges to the directive that were asked for, strongest first.</param>
/// <param name="Evidence">The corpus documents attesting those edges, sorted.</param>
public sealed record Dependant(
    string Id,
    string Label,
    string? Title,
    DateOnly? Date,
    string Kind,
    bool InCorpus,
    IReadOnlyList<string> Relations,
    IReadOnlyList<string> Evidence);
