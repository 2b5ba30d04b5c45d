namespace DirectiveSearch.Ingestion.Discovery;

/// <summary>What a file's bytes say it is, whatever its name says.</summary>
public enum FileFormat
{
    Unknown,
    Empty,
    Text,
    Pdf,
    /// <summary>A ZIP package: DOCX when it holds word/document.xml.</summary>
    Zip,
    /// <summary>An OLE compound file: a legacy .doc, or an encrypted Office document.</summary>
    OleCompound,
}
