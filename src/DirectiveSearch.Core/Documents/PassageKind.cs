namespace DirectiveSearch.Core.Documents;

public enum PassageKind
{
    /// <summary>Title and opening clause: what the document is and what it implements.</summary>
    Lead,
    Section,
    /// <summary>After the last section: closing sentence, recipients, signature.</summary>
    Tail,
}
