using System.Text.Json.Serialization;

namespace DirectiveSearch.Core.Citations;

/// <summary>
/// One mention of a directive in a document, as the text writes it; nothing here is looked up elsewhere.
/// <see cref="Span"/> covers the words that name the directive ("Kết luận số 21-KL/TW", "Luật Tổ chức Chính
/// phủ số 63/2025/QH15", "Kết luận" for a short name, "kết luận" for a meeting's document); the date, body,
/// term and subject that follow are read into their own properties and <see cref="Extent"/> runs to the end
/// of the last of them.
/// </summary>
/// <param name="Index">Position in the extraction (citations are in text order).</param>
/// <param name="Kind">How the directive is named.</param>
/// <param name="Span">The naming words.</param>
/// <param name="Text">The naming words as written (<see cref="Span"/> of the text).</param>
/// <param name="Noun">The type noun as written ("Kết luận", "Nghị quyết", "kết luận"), or null for a bare symbol.</param>
/// <param name="Symbol">The symbol, canonicalized, when one is written.</param>
/// <param name="Number">The number as written ("21", "01"): the symbol's, or the one after "số" when there is no symbol.</param>
/// <param name="Date">"ngày 25/10/2021" or "ngày 25 tháng 10 năm 2021" after the name.</param>
/// <param name="IssuingBody">"của Bộ Chính trị" → "Bộ Chính trị"; "của Ban Thường vụ Tỉnh ủy" → "Ban Thường vụ Tỉnh ủy".</param>
/// <param name="Term">The committee term: "khóa XIII", "(khóa XII)" → "XIII", "XII".</param>
/// <param name="Subject">"về đẩy mạnh ..." up to the end of the clause or the closing quote; "“Về những điều đảng viên không được làm”" → "Về những điều đảng viên không được làm".</param>
/// <param name="Extent">From the naming words to the end of the date, body, term or subject, whichever is last.</param>
/// <param name="Sentence">The sentence the citation stands in.</param>
/// <param name="Meeting">For <see cref="CitationKind.Meeting"/>: the meeting named.</param>
/// <param name="AliasOf">For a short name, or a symbol the document defined as a short name: the index of the defining citation.</param>
/// <param name="DefinedAlias">The short name this citation defines: "(sau đây gọi là Nghị quyết số 21-NQ/TW)" → "Nghị quyết số 21-NQ/TW".</param>
/// <param name="Nested">What this citation's subject says it implements: relations from this citation to later ones.</param>
public sealed record ExtractedCitation(
    int Index,
    CitationKind Kind,
    TextSpan Span,
    string Text,
    string? Noun,
    CitationSymbol? Symbol,
    string? Number,
    DateOnly? Date,
    string? IssuingBody,
    string? Term,
    string? Subject,
    TextSpan Extent,
    TextSpan Sentence,
    MeetingReference? Meeting,
    int? AliasOf,
    string? DefinedAlias,
    IReadOnlyList<NestedRelation> Nested)
{
    [JsonIgnore]
    public int Start => Span.Start;

    [JsonIgnore]
    public int End => Span.End;

    /// <summary>The type code of the symbol as written ("KL"), or null.</summary>
    [JsonIgnore]
    public string? TypeCode => Symbol?.TypeCode;

    /// <summary>The issuer code of the symbol as written ("TW", "ĐUK"), or null.</summary>
    [JsonIgnore]
    public string? IssuerCode => Symbol?.IssuerCode;

    /// <summary>The identity type the noun gives ("Nghị quyết" → "nq"), or null without a noun.</summary>
    [JsonIgnore]
    public string? NounType => Noun is null ? null : DirectiveTypes.FromNoun(Noun);

    /// <summary>The identity type the symbol's code gives ("KL" → "kl"), or null.</summary>
    [JsonIgnore]
    public string? CodeType => Symbol?.TypeCode is { } code ? DirectiveTypes.FromCode(code) : null;

    /// <summary>
    /// The noun and the code name different types: seed 003 writes "Nghị quyết số 21-KL/TW, ngày 16/6/2022"
    /// for Nghị quyết 21-NQ/TW. Both are kept; the resolver decides and records a warning.
    /// </summary>
    [JsonIgnore]
    public bool NounDisagreesWithCode => NounType is { } noun && CodeType is { } code && noun != code;

    /// <summary>Index of the first citation this one's subject implements, if any ("ImplementsNext" in eyecite terms).</summary>
    [JsonIgnore]
    public int? ImplementsNext => Nested.Count > 0 ? Nested[0].ToIndex : null;
}
