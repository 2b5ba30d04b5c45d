namespace DirectiveSearch.Server.Uploads;

/// <summary>The index could not be written now (disk error, another process writing it): the change was not made.</summary>
public sealed class IndexUnavailableException(string message, Exception inner) : Exception(message, inner);
