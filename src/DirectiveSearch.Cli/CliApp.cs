using DirectiveSearch.Cli.Commands;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Cli;

/// <summary>Dispatches "dirsearch COMMAND ..." to its command. Testable with any writers.</summary>
public static class CliApp
{
    public const string DefaultIndex = "index";
    public const string DefaultCorpus = "corpus";

    private const string Usage = """
        usage: dirsearch COMMAND [ARGS]

        commands:
          ingest [PATH...] [--index DIR] [--workers N] [--no-ocr] [--meetings FILE] [--json] [--rebuild] [--drop-uploads]
                 read .txt/.md/.docx/.pdf files (default: corpus/) and the index's uploads/ into the index
                 (default: index/), resolving every citation; --meetings adds named meetings to the built-in table;
                 --rebuild moves a damaged index aside and builds it again; --drop-uploads leaves uploads/ out
          show ID [--index DIR]
                 print one document record with its citations as JSON
          compare PATH... [--floor X] [--workers N] [--no-ocr] [--json]
                 every pair of files ingest would compare: resemblance, and the header fact keeping them apart
          search QUERY [--index DIR] [--limit N] [--offset N] [--type T] [--issuer I] [--year Y]
                 [--cites REF] [--sort relevance|date] [--json]
                 search the index; matches are highlighted
          directive REF [--index DIR] [--json]
                 resolve a reference ("KL 21", "21-KL/TW", "kl21", "nq-35-tw-2018"): the directive, or candidates
          directives [Q] [--type T] [--issuer I] [--limit N] [--offset N] [--index DIR] [--json]
                 search the directive knowledge base, most cited first
          implementations REF [--transitive] [--index DIR] [--json]
                 the plans implementing a directive, directly or through chains of plans
          graph [REF] [--depth N] [--direction in|out|both] [--format json|dot|graphml] [--index DIR]
                 the citation graph around REF (the whole graph without REF)
          quotes REF [--format text|json|csv] [--index DIR]
                 every sentence citing a directive, with a citation to paste
          tasks [--unit U] [--directive REF] [--due-before DATE] [--due-after DATE] [--overdue] [--today DATE]
                [--format text|json|csv|ics] [--index DIR]
                 who must do what, by when: the tasks of every plan; ics is a calendar of the deadlines
          serve [--index DIR] [--urls URL] [--corpus DIR] [--no-ocr] [--upload-key KEY] [--max-upload-mb N]
                [--rate-limit N]
                 serve the HTTP API (default http://127.0.0.1:5080); builds the index from corpus/ when missing;
                 POST/DELETE /api/documents only with the upload key (or DIRSEARCH_UPLOAD_KEY); --max-upload-mb
                 default 50; --rate-limit requests per second per client on /api (default 10000, 0 = off)
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
                "compare" => CompareCommand.Run(rest, output, error),
                "search" => SearchCommand.Run(rest, output, error),
                "directive" => DirectiveCommand.Run(rest, output, error),
                "directives" => DirectivesCommand.Run(rest, output, error),
                "implementations" => ImplementationsCommand.Run(rest, output, error),
                "graph" => GraphCommand.Run(rest, output, error),
                "quotes" => QuotesCommand.Run(rest, output, error),
                "tasks" => TasksCommand.Run(rest, output, error),
                "serve" => ServeCommand.Run(rest, output, error),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
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
            error.WriteLine(Usage);
            return ExitCodes.Usage;
        }
    }
}
