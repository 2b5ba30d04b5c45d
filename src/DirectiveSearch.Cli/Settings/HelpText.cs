using System.CommandLine;
using System.CommandLine.Help;

namespace DirectiveSearch.Cli.Settings;

/// <summary>dirsearch's help, as System.CommandLine writes it from the <see cref="CommandCatalog"/>.</summary>
public static class HelpText
{
    /// <summary>Lines are wrapped here whatever the terminal, so the help reads the same everywhere (and its snapshots hold).</summary>
    public const int Width = 110;

    private static readonly ParserConfiguration Parser = new() { ResponseFileTokenReplacer = null };

    /// <summary>The whole program: every command with what it does.</summary>
    public static Command Root()
    {
        var root = new Command("dirsearch", "Search and knowledge base for Vietnamese Party and state documents. 'dirsearch COMMAND --help' for a command's options.");
        var help = new HelpOption();
        if (help.Action is HelpAction action)
            action.MaxWidth = Width;
        root.Options.Add(help);
        foreach (var definition in CommandCatalog.All)
            root.Subcommands.Add(definition.Build(forHelp: true));
        return root;
    }

    /// <summary>The help of <paramref name="command"/>, or of the whole program when null.</summary>
    public static string For(string? command)
    {
        var output = new StringWriter();
        Root().Parse(command is null ? ["--help"] : [command, "--help"], Parser).Invoke(new InvocationConfiguration { Output = output });
        return output.ToString();
    }

    /// <summary>Whether the words ask for help ("--help", "-h", "-?" before any "--"), as the parser reads them.</summary>
    public static bool Requested(IReadOnlyList<string> args) => Root().Parse([.. args], Parser).Action is HelpAction;
}
