using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Core.Structure;

/// <summary>The paragraph naming the document's type ("KẾ HOẠCH"), and any title text after the name on it.</summary>
public sealed record TypeLine(int Index, DocumentType Type, string Remainder);
