namespace DirectiveSearch.Core.Structure;

/// <summary>
/// One paragraph of a document's normalized text: its position in the list, and the character span
/// [<see cref="Start"/>, <see cref="End"/>) it occupies in the text.
/// </summary>
public readonly record struct Paragraph(int Index, int Start, int End, string Text);
