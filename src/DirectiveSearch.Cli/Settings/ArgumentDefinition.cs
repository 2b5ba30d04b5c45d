namespace DirectiveSearch.Cli.Settings;

/// <summary>The positional words of a command: "QUERY", "[PATH...]", and what they are.</summary>
public sealed record ArgumentDefinition(string Synopsis, string Description)
{
    /// <summary>The name help shows, without brackets or dots.</summary>
    public string Name => Synopsis.Trim('[', ']').Replace("...", string.Empty, StringComparison.Ordinal);

    /// <summary>"[PATH...]" is optional; "REF" or "PATH..." is required (the command checks it and says what it needs).</summary>
    public bool Optional => Synopsis.StartsWith('[');

    public bool Repeated => Synopsis.Contains("...", StringComparison.Ordinal);
}
