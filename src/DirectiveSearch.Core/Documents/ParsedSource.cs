using DirectiveSearch.Core.Structure;

namespace DirectiveSearch.Core.Documents;

/// <summary>
/// One file read and parsed on its own, before the files of one document are merged. Kept in the
/// index so that a later run can skip files whose content hash has not changed.
/// </summary>
public sealed record ParsedSource(SourceFile File, string Text, DocumentStructure Structure);
