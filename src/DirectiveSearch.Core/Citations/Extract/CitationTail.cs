namespace DirectiveSearch.Core.Citations.Extract;

/// <summary>
/// What follows a directive's name: date, issuing body, term and subject. <see cref="HeadEnd"/> is where the
/// date, body and term end (the subject excluded): a nested citation's verb is looked for from there.
/// </summary>
internal sealed record CitationTail(
    DateOnly? Date,
    string? IssuingBody,
    string? Term,
    string? Subject,
    int HeadEnd,
    int ExtentEnd)
{
    public static CitationTail Empty(int end) => new(null, null, null, null, end, end);
}
