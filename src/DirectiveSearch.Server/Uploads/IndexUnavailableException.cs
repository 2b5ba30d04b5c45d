namespace DirectiveSearch.Server.Uploads;

/// <summary>The index could not be written now (disk error, a full disk, another process writing it): the change was not made.</summary>
public sealed class IndexUnavailableException(string message, Exception inner) : Exception(message, inner)
{
    /// <summary>The write failed for want of space: the client should hear that, not "try again later".</summary>
    public bool DiskFull { get; } = Search.Index.DiskFull.Caused(inner);
}
