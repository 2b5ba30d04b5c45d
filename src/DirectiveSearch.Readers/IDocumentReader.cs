namespace DirectiveSearch.Readers;

/// <summary>
/// Turns the bytes of one file format into paragraphs of text, in reading order.
/// Implementations throw <see cref="DocumentReadException"/> with a reason a user can act on
/// when the file cannot be read, or costs more than <see cref="ReadOptions.Limits"/> allow (they
/// charge <see cref="ReadOptions.StartBudget"/> as they go); no other exception escapes for any
/// input, and they never return an empty document silently.
/// </summary>
public interface IDocumentReader
{
    /// <summary>The format this reader handles: "txt", "docx", "pdf".</summary>
    string Format { get; }

    ExtractedDocument Read(Stream content, ReadOptions options);
}
