namespace DirectiveSearch.Cli;

/// <summary>
/// The words after the command name: positional values, "--name value" options and "--flag" switches.
/// Unknown or malformed options are usage errors, reported with the option's name.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    private CommandArguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses <paramref name="args"/> given the options that take a value and the flags.</summary>
    public static CommandArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions)
    {
        var positional = new List<string>();
        var parsed = new CommandArguments(positional);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                positional.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                positional.Add(arg);
                continue;
            }

            var (name, inlineValue) = arg.IndexOf('=') is var eq and > 0 ? (arg[2..eq], arg[(eq + 1)..]) : (arg[2..], null);
            if (flagOptions.Contains(name))
            {
                if (inlineValue is not null)
                    throw new UsageException($"--{name} takes no value");
                parsed.flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"--{name} needs a value"));
                parsed.options[name] = value;
            }
            else
            {
                throw new UsageException($"unknown option --{name}");
            }
        }

        return parsed;
    }

    public string? Option(string name) => options.GetValueOrDefault(name);

    public bool Flag(string name) => flags.Contains(name);

    public int IntOption(string name, int fallback, int min, int max)
    {
        if (Option(name) is not { } text)
            return fallback;
        if (!int.TryParse(text, out var value) || value < min || value > max)
            throw new UsageException($"--{name} must be a whole number from {min} to {max}, got '{text}'");
        return value;
    }
}
