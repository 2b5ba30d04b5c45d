using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Structure;

/// <summary>
/// What a document's text says about itself: its type, number, subject, who issued it where and when,
/// its numbered outline, who receives it and who signed it. Section offsets point into the text that
/// was parsed.
/// </summary>
public sealed record DocumentStructure(
    DocumentType Type,
    string? Symbol,
    string Title,
    string? Issuer,
    string? Place,
    DateOnly? Date,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<string> Recipients,
    Signer? Signer)
{
    /// <summary>The issuer's lines as the header printed them ("TỈNH ỦY NAM ĐỊNH", "BAN TUYÊN GIÁO"); empty when the issuer came from the text.</summary>
    public IReadOnlyList<string> IssuerLines { get; init; } = [];
}
