namespace DirectiveSearch.Core.Documents;

/// <summary>
/// One document as the product knows it, however many files it arrived as.
/// Offsets in <see cref="Sections"/> point into <see cref="Text"/>.
/// </summary>
public sealed record DocumentRecord(
    string Id,
    IReadOnlyList<SourceFile> Sources,
    DocumentType Type,
    string? Symbol,
    string Title,
    string? Issuer,
    string? Place,
    DateOnly? Date,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<string> Recipients,
    Signer? Signer,
    string Text)
{
    /// <summary>The issuer's lines as the header printed them ("TỈNH ỦY NAM ĐỊNH", "BAN TUYÊN GIÁO"); <see cref="Issuer"/> is the name in words.</summary>
    public IReadOnlyList<string> IssuerLines { get; init; } = [];

    /// <summary>"en" for an English translation (vbpl publishes them beside the Vietnamese texts), else "vi"; read from the text.</summary>
    public string Language => DirectiveSearch.Core.Text.LanguageDetector.Detect(Text);

    /// <summary>Other documents with nearly the same content (copies, not renditions), most alike first.</summary>
    public IReadOnlyList<SimilarDocument> Similar { get; init; } = [];
}
