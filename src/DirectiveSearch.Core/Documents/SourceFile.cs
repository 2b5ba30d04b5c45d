namespace DirectiveSearch.Core.Documents;

/// <summary>A file a document was read from.</summary>
/// <param name="Path">Path as given to ingest (relative to the working directory when it was given so).</param>
/// <param name="Format">"txt", "md", "docx" or "pdf".</param>
/// <param name="Ocr">True when some or all of the text came from optical character recognition.</param>
/// <param name="OcrPages">1-based numbers of the pages whose text is OCR output; empty when none.</param>
/// <param name="ContentHash">SHA-256 of the file's bytes, lower-case hex.</param>
public sealed record SourceFile(
    string Path,
    string Format,
    bool Ocr,
    IReadOnlyList<int> OcrPages,
    string ContentHash,
    long Length,
    int? Pages)
{
    /// <summary>
    /// How the file's text was obtained when that is worth knowing, in Vietnamese: text converted from a legacy
    /// encoding (TCVN3, VNI, VISCII, Windows-1258). Kept with the record, so a file skipped as unchanged keeps its notice.
    /// </summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
