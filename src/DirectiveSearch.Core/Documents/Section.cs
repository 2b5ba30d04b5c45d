namespace DirectiveSearch.Core.Documents;

/// <summary>
/// A numbered part of a document. <see cref="Start"/> and <see cref="End"/> delimit the section's body
/// (heading included, children included) in the document text.
/// </summary>
/// <param name="Path">Numbering path such as "II.1.2" or "Chương II/Điều 5/1".</param>
public sealed record Section(
    string Path,
    string Heading,
    int Start,
    int End,
    IReadOnlyList<Section> Children);
