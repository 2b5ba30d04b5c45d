namespace DirectiveSearch.Bench;

/// <summary>An option's value is wrong in a way only known once it is read (a file that holds no query); the message says which and why.</summary>
public sealed class UsageException(string message) : Exception(message);
