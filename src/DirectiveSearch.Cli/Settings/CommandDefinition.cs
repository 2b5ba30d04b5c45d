using System.CommandLine;

namespace DirectiveSearch.Cli.Settings;

/// <summary>
/// A command as the user sees it: its name, what it does, its positional words and its options. The one place they are
/// written: <see cref="CommandArguments"/> parses with it, --help prints it, the README's command table shows its
/// <see cref="Synopsis"/> (a test compares them).
/// </summary>
public sealed record CommandDefinition(string Name, string Description, IReadOnlyList<ArgumentDefinition> Arguments, IReadOnlyList<OptionDefinition> Options)
{
    /// <summary>"search QUERY [--index DIR] [--limit N] ...".</summary>
    public string Synopsis => string.Join(' ', new[] { Name }.Concat(Arguments.Select(a => a.Synopsis)).Concat(Options.Select(o => o.Synopsis)));

    public OptionDefinition Option(string name) =>
        Options.FirstOrDefault(o => o.Name == name)
        ?? throw new InvalidOperationException($"'{Name}' defines no option --{name}: add it to the command's settings, with its help");

    /// <summary>
    /// The System.CommandLine command. For parsing (<paramref name="forHelp"/> false) unmatched words are not its errors:
    /// <see cref="CommandArguments"/> reports them with the command's own messages ("unknown option --x", "show takes
    /// exactly one document id").
    /// </summary>
    public Command Build(bool forHelp = false)
    {
        var command = new Command(Name, Description) { TreatUnmatchedTokensAsErrors = forHelp };
        foreach (var argument in Arguments)
        {
            command.Arguments.Add(new Argument<string[]>(argument.Name)
            {
                Description = argument.Description,
                Arity = argument.Repeated ? ArgumentArity.ZeroOrMore : ArgumentArity.ZeroOrOne,
            });
        }

        foreach (var option in Options)
            command.Options.Add(option.Build());
        return command;
    }
}
