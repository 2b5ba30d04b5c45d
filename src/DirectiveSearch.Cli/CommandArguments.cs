using System.CommandLine;
using System.CommandLine.Parsing;
using DirectiveSearch.Cli.Settings;

namespace DirectiveSearch.Cli;

/// <summary>
/// The words after the command name as System.CommandLine parses them against the command's <see cref="CommandDefinition"/>:
/// positional values, "--name value" (or "--name=value") options and "--flag" switches. Unknown or malformed options are
/// usage errors, reported with the option's name.
/// </summary>
public sealed class CommandArguments
{
    private static readonly ParserConfiguration Parser = new() { ResponseFileTokenReplacer = null };

    private readonly CommandDefinition definition;
    private readonly Dictionary<string, string> options;
    private readonly HashSet<string> flags;

    private CommandArguments(CommandDefinition definition, List<string> positional, Dictionary<string, string> options, HashSet<string> flags)
    {
        this.definition = definition;
        Positional = positional;
        this.options = options;
        this.flags = flags;
    }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses <paramref name="args"/> (the words after the command's name) as <paramref name="definition"/> defines them.</summary>
    public static CommandArguments Parse(IReadOnlyList<string> args, CommandDefinition definition)
    {
        // "--json=yes" reaches the parser as a switch and a word; said here, where the "=" is still seen.
        foreach (var arg in args.TakeWhile(a => a != "--"))
        {
            if (arg.IndexOf('=') is var eq and > 2 && arg.StartsWith("--", StringComparison.Ordinal)
                && definition.Options.Any(o => o.IsSwitch && o.Name == arg[2..eq]))
                throw new UsageException($"{arg[..eq]} takes no value");
        }

        var command = definition.Build();
        var result = command.Parse([.. args], Parser);
        var optionTokens = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var switches = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in command.Options)
        {
            if (result.GetResult(option) is not { Implicit: false } found)
                continue;
            var name = option.Name[2..];
            optionTokens.UnionWith(found.Tokens);
            if (option.Arity.MaximumNumberOfValues == 0)
                switches.Add(name);
            else if (found.Tokens.Count == 0)
                throw new UsageException($"--{name} needs a value");
            else
                values[name] = found.Tokens[^1].Value;
        }

        var positional = new List<string>();
        var afterDoubleDash = false;
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                afterDoubleDash = true;
                continue;
            }

            if (token.Type != TokenType.Argument || optionTokens.Contains(token))
                continue;
            if (!afterDoubleDash && token.Value.StartsWith('-') && token.Value.Length > 2 && token.Value[1] == '-')
                throw new UsageException($"unknown option {token.Value.Split('=', 2)[0]}");
            positional.Add(token.Value);
        }

        return new CommandArguments(definition, positional, values, switches);
    }

    /// <summary>For commands that name their options as sets of names (bench, soak): the same parser, an ad hoc definition.</summary>
    public static CommandArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions) =>
        Parse(args, new CommandDefinition(
            "command",
            string.Empty,
            [new ArgumentDefinition("[ARG...]", string.Empty)],
            [.. valueOptions.Select(name => OptionDefinition.Value(name, "VALUE", string.Empty)), .. flagOptions.Select(name => OptionDefinition.Switch(name, string.Empty))]));

    public string? Option(string name)
    {
        _ = definition.Option(name);
        return options.GetValueOrDefault(name);
    }

    public bool Flag(string name)
    {
        _ = definition.Option(name);
        return flags.Contains(name);
    }

    /// <summary>A whole-number option, within the range and with the default its definition gives.</summary>
    public int Int(string name)
    {
        var number = definition.Option(name).Number ?? throw new InvalidOperationException($"--{name} is not defined as a whole number");
        return IntOption(name, number.Fallback(), number.Min, number.Max);
    }

    public int IntOption(string name, int fallback, int min, int max)
    {
        if (Option(name) is not { } text)
            return fallback;
        if (!int.TryParse(text, out var value) || value < min || value > max)
            throw new UsageException($"--{name} must be a whole number from {min} to {max}, got '{text}'");
        return value;
    }
}
