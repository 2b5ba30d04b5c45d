using System.CommandLine;

namespace DirectiveSearch.Cli.Settings;

/// <summary>
/// One "--name" of a command: the value it takes (none for a switch), what it does, and for whole numbers the default
/// and the range a value must fall in. Parsing, validation, --help and the README's command table all read it.
/// </summary>
public sealed record OptionDefinition
{
    private OptionDefinition(string name, string? valueName, string description)
    {
        Name = name;
        ValueName = valueName;
        Description = description;
    }

    /// <summary>The name without its dashes: "limit" for --limit.</summary>
    public string Name { get; }

    /// <summary>What the value is called in help ("N", "DIR", "relevance|date"); null for a switch.</summary>
    public string? ValueName { get; }

    public string Description { get; }

    public bool IsSwitch => ValueName is null;

    /// <summary>For whole-number options: the smallest and largest value accepted and the value when absent.</summary>
    public WholeNumber? Number { get; private init; }

    /// <summary>"[--limit N]", "[--json]": the option as the synopsis shows it.</summary>
    public string Synopsis => IsSwitch ? $"[--{Name}]" : $"[--{Name} {ValueName}]";

    public static OptionDefinition Switch(string name, string description) => new(name, null, description);

    public static OptionDefinition Value(string name, string valueName, string description) => new(name, valueName, description);

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; the help states the default and the range.</summary>
    public static OptionDefinition Whole(string name, string description, int fallback, int min, int max, string valueName = "N") =>
        Whole(name, description, new WholeNumber(() => fallback, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture), min, max), valueName);

    public static OptionDefinition Whole(string name, string description, WholeNumber number, string valueName = "N") =>
        new(name, valueName, $"{description} (default {number.DefaultText}; {number.Min}–{number.Max})") { Number = number };

    /// <summary>The System.CommandLine option: a switch takes no value, any other option one value per occurrence (the last counts).</summary>
    internal Option Build() => IsSwitch
        ? new Option<bool>("--" + Name) { Description = Description, Arity = ArgumentArity.Zero }
        : new Option<string[]>("--" + Name) { Description = Description, HelpName = ValueName, Arity = ArgumentArity.OneOrMore };
}

/// <summary>A whole-number option's range and default (a function, for defaults such as the processor count).</summary>
public sealed record WholeNumber(Func<int> Fallback, string DefaultText, int Min, int Max);
