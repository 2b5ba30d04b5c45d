namespace DirectiveSearch.Core.Structure;

/// <summary>The paragraphs [<see cref="Start"/>, <see cref="End"/>) holding "Nơi nhận" and the signature.</summary>
public readonly record struct EndBlock(int Start, int End);
