namespace DirectiveSearch.Bench.Archive;

/// <summary>Where a generated document sits: the centre, a state body, or a committee of a province, district or commune.</summary>
public enum ArchiveLevel
{
    Central,
    State,
    Province,
    District,
    Commune,
}

/// <summary>
/// One document of a generated archive, everything but its text: who issued it, its symbol and date, what it
/// implements (<see cref="Parent"/>, by index) and how it is written. Its text is composed from this and its
/// <see cref="Seed"/> when it is written (<see cref="ArchiveComposer"/>), so the archive's texts never sit in memory together.
/// </summary>
/// <param name="Key">The document's name in the archive ("d000123"): the stem of its files and its key in the truth file.</param>
/// <param name="Header">The issuing body's lines of the header's left column, top first, without the "*".</param>
/// <param name="Body">The body in words as citations name it ("Ban Thường vụ Tỉnh ủy", "Bộ Chính trị").</param>
/// <param name="Committee">How the document names its own committee in the text ("Huyện ủy Duy Xuyên").</param>
/// <param name="Parent">The document it implements (its opening "Thực hiện ..."), or -1.</param>
/// <param name="Topic">Index of its subject in <see cref="ArchiveVocabulary.Topics"/>.</param>
/// <param name="Party">A Party document (symbol "21-KL/TW", "ĐẢNG CỘNG SẢN VIỆT NAM"), else a state one ("348/KH-UBND").</param>
/// <param name="Formats">The files it is written as: one, or two renditions of the same document ("txt", "docx", "pdf").</param>
public sealed record ArchiveDocument(
    int Index,
    string Key,
    ArchiveLevel Level,
    string TypeCode,
    string TypeName,
    string Symbol,
    DateOnly Date,
    IReadOnlyList<string> Header,
    string Body,
    string Committee,
    string Place,
    int Parent,
    int Topic,
    string Signer,
    string Authority,
    string Position,
    ToneStyle Tone,
    bool Decomposed,
    IReadOnlyList<string> Formats,
    int Seed,
    bool Party)
{
    /// <summary>"Kết luận số 21-KL/TW": how other documents name it most briefly.</summary>
    public string ShortName => $"{TypeName} số {Symbol}";

    public string DateText => $"{Date.Day}/{Date.Month}/{Date.Year}";
}
