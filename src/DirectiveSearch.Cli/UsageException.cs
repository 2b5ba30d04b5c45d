namespace DirectiveSearch.Cli;

/// <summary>The command line was malformed; the message says which word and why.</summary>
public sealed class UsageException(string message) : Exception(message);
