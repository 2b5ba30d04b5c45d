namespace DirectiveSearch.Bench.Archive;

/// <summary>
/// A document's text in the parts its renditions lay out differently: the header's two columns (a table in DOCX),
/// the type line and subject, the body's paragraphs, and the recipients and signature block at the end.
/// </summary>
public sealed record ComposedDocument(
    IReadOnlyList<string> HeaderLeft,
    IReadOnlyList<string> HeaderRight,
    string TypeLine,
    string Title,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Signature)
{
    /// <summary>The plain text, as a .txt rendition holds it: header left then right, one line each.</summary>
    public IEnumerable<string> Lines()
    {
        foreach (var line in HeaderLeft)
            yield return line;
        foreach (var line in HeaderRight)
            yield return line;
        yield return "";
        yield return TypeLine;
        yield return Title;
        yield return "";
        foreach (var paragraph in Paragraphs)
        {
            yield return paragraph;
            yield return "";
        }

        foreach (var line in Recipients)
            yield return line;
        yield return "";
        foreach (var line in Signature)
            yield return line;
    }
}
