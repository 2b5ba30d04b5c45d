namespace DirectiveSearch.Core.Citations;

/// <summary>
/// A directive the corpus knows to exist: from a dated citation, a corpus document's own symbol and date, or
/// the named-meeting table. <see cref="Year"/> and <see cref="Date"/> are null when nobody wrote the date
/// (seed 000 is "Số 28-KH/ĐUK" without a date: "kh-28-duk").
/// </summary>
/// <param name="Id">The identity slug.</param>
/// <param name="Type">Identity type ("kl").</param>
/// <param name="Number">Number with at least two digits ("01", "249").</param>
/// <param name="Issuer">Folded issuer code ("tw", "duk", "thu", "qh15").</param>
/// <param name="Year">Year of issue, when known.</param>
/// <param name="Date">Date of issue, when known.</param>
public sealed record KnownDirective(string Id, string Type, string Number, string Issuer, int? Year, DateOnly? Date);
