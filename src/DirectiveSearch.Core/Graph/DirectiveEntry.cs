namespace DirectiveSearch.Core.Graph;

/// <summary>
/// What the corpus knows about one directive, gathered from every citation of it and from the corpus
/// document that is it, if any. One entry per identity: "49-KH/TU" of 2022 and of 2021 are two entries.
/// </summary>
/// <param name="Id">The identity slug ("kl-21-tw-2021", "kh-28-duk" when the year is unknown).</param>
/// <param name="Symbol">The canonical symbol ("21-KL/TW"), or null when no text writes it and it cannot be rebuilt from the id.</param>
/// <param name="Type">The type code ("KL", "QĐ", "CTr").</param>
/// <param name="TypeName">The type in words ("Kết luận", "Quy định").</param>
/// <param name="Number">The number with at least two digits ("21", "01", "249").</param>
/// <param name="Issuer">The issuer code as symbols write it ("TW", "ĐUK", "ThU").</param>
/// <param name="IssuingBody">The body in words, as citations most often name it ("Ban Chấp hành Trung ương Đảng").</param>
/// <param name="Date">The date of issue: the document's own when it is in the corpus, else the one citations most often give.</param>
/// <param name="Subject">The trích yếu: the document's own title when it is in the corpus, else the subject citations most often give.</param>
/// <param name="Aliases">Distinct written forms and defined short names ("Kết luận", "Kết luận số 21-KL/TW"), sorted.</param>
/// <param name="DocumentId">The corpus document that is this directive, or null when the corpus only cites it.</param>
/// <param name="CitedByCount">How many corpus documents cite it (self-references excluded).</param>
public sealed record DirectiveEntry(
    string Id,
    string? Symbol,
    string Type,
    string TypeName,
    string Number,
    string Issuer,
    string? IssuingBody,
    DateOnly? Date,
    string? Subject,
    IReadOnlyList<string> Aliases,
    string? DocumentId,
    int CitedByCount)
{
    /// <summary>In force, amended, partly repealed, replaced or repealed, with the documents of the archive that say so.</summary>
    public DirectiveStatus Status { get; init; } = DirectiveStatus.InForceStatus;

    /// <summary>True when the corpus holds the directive itself, not only citations of it.</summary>
    public bool InCorpus => DocumentId is not null;

    /// <summary>
    /// How a list or facet names it: "21-KL/TW năm 2021" (numbers restart, so the year tells two "49-KH/TU" apart), but
    /// "57/2017/NĐ-CP" alone, whose number carries its year; its subject, else its id, without a symbol.
    /// </summary>
    public string Label => Symbol is null ? Subject ?? Id
        : Date is { } date && !Symbol.Contains($"/{date.Year}/", StringComparison.Ordinal) ? $"{Symbol} năm {date.Year}"
        : Symbol;
}
