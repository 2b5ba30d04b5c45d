using DirectiveSearch.Cli.Commands;
using DirectiveSearch.Cli.Settings;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Cli;

/// <summary>
/// Dispatches "dirsearch COMMAND ..." to its command, and answers --help from the commands' definitions
/// (<see cref="CommandCatalog"/>). Testable with any writers.
/// </summary>
public static class CliApp
{
    public const string DefaultIndex = "index";
    public const string DefaultCorpus = "corpus";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0)
        {
            error.Write(HelpText.For(null));
            return ExitCodes.Usage;
        }

        // "dirsearch help" and "dirsearch help COMMAND" as "--help" asks.
        if (args[0] == "help")
            args = [.. args.Skip(1).Take(1), "--help"];
        if (args[0] is "-h" or "--help" or "-?")
        {
            output.Write(HelpText.For(null));
            return ExitCodes.Success;
        }

        if (CommandCatalog.Find(args[0]) is not { } definition)
        {
            error.WriteLine($"dirsearch: unknown command '{args[0]}'");
            error.Write(HelpText.For(null));
            return ExitCodes.Usage;
        }

        if (HelpText.Requested(args))
        {
            output.Write(HelpText.For(definition.Name));
            return ExitCodes.Success;
        }

        var rest = args.Skip(1).ToList();
        try
        {
            return args[0] switch
            {
                "ingest" => IngestCommand.Run(rest, output, error),
                "show" => ShowCommand.Run(rest, output, error),
                "compare" => CompareCommand.Run(rest, output, error),
                "search" => SearchCommand.Run(rest, output, error),
                "directive" => DirectiveCommand.Run(rest, output, error),
                "directives" => DirectivesCommand.Run(rest, output, error),
                "implementations" => ImplementationsCommand.Run(rest, output, error),
                "dependants" => DependantsCommand.Run(rest, output, error),
                "graph" => GraphCommand.Run(rest, output, error),
                "quotes" => QuotesCommand.Run(rest, output, error),
                "tasks" => TasksCommand.Run(rest, output, error),
                "serve" => ServeCommand.Run(rest, output, error),
                _ => throw new InvalidOperationException($"the command '{args[0]}' is defined but not run"),
            };
        }
        catch (DamagedIndexException e)
        {
            // Also when a read fails past the check (a file damaged while the command runs): one message, no stack trace.
            error.WriteLine($"dirsearch: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (UsageException e)
        {
            error.WriteLine($"dirsearch: {e.Message}");
            error.Write(HelpText.For(definition.Name));
            return ExitCodes.Usage;
        }
    }
}
