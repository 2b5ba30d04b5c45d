namespace DirectiveSearch.Readers;

/// <summary>
/// A file could not be read. <see cref="Exception.Message"/> is the reason shown to the user, in
/// Vietnamese, naming what is wrong with the file (encrypted, damaged, empty, wrong format...).
/// </summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string reason) : base(reason) { }

    public DocumentReadException(string reason, Exception inner) : base(reason, inner) { }
}
