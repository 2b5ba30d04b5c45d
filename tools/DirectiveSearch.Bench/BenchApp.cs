using System.CommandLine;
using DirectiveSearch.Bench.Commands;

namespace DirectiveSearch.Bench;

/// <summary>
/// "dirsearch-bench COMMAND ...": the benchmark (bench), the soak (soak) and the archive generator (generate), parsed
/// by System.CommandLine. Testable with any writers. A malformed command line prints what is wrong and exits with 2.
/// </summary>
public static class BenchApp
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Benchmark, soak and archive generator for dirsearch (kept out of the product).");
        root.Subcommands.Add(BenchCommand.Build(output, error));
        root.Subcommands.Add(SoakCommand.Build(output, error));
        root.Subcommands.Add(GenerateCommand.Build(output, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
                error.WriteLine($"dirsearch-bench: {problem.Message}");
            error.WriteLine("dirsearch-bench: see 'dirsearch-bench --help' or 'dirsearch-bench COMMAND --help'");
            return BenchExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"dirsearch-bench: {e.Message}");
            return BenchExitCodes.Usage;
        }
    }
}
