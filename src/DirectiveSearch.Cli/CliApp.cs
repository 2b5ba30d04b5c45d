using DirectiveSearch.Cli.Commands;

namespace DirectiveSearch.Cli;

/// <summary>Dispatches "dirsearch COMMAND ..." to its command. Testable with any writers.</summary>
public static class CliApp
{
    public const string DefaultIndex = "index";
    public const string DefaultCorpus = "corpus";

    private const string Usage = """
        usage: dirsearch COMMAND [ARGS]

        commands:
          ingest [PATH...] [--index DIR] [--workers N] [--no-ocr] [--json]
                 read .txt/.md/.docx/.pdf files (default: corpus/) into the index (default: index/)
          show ID [--index DIR]
                 print one document record as JSON
          search QUERY [--index DIR] [--limit N] [--offset N] [--type T] [--issuer I] [--year Y]
                 [--cites REF] [--sort relevance|date] [--json]
                 search the index; matches are highlighted
          serve [--index DIR] [--urls URL] [--corpus DIR]
                 serve the HTTP API (default http://127.0.0.1:5080); builds the index from corpus/ when missing
          bench [--index DIR] [--queries N] [--rounds N]
                 query latency over the index (p50/p95/p99 per query kind)
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Count == 0 ? error : output).WriteLine(Usage);
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        var rest = args.Skip(1).ToList();
        try
        {
            return args[0] switch
            {
                "ingest" => IngestCommand.Run(rest, output, error),
                "show" => ShowCommand.Run(rest, output, error),
                "search" => SearchCommand.Run(rest, output, error),
                "serve" => ServeCommand.Run(rest, output, error),
                "bench" => BenchCommand.Run(rest, output, error),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            error.WriteLine($"dirsearch: {e.Message}");
            error.WriteLine(Usage);
            return ExitCodes.Usage;
        }
    }
}
