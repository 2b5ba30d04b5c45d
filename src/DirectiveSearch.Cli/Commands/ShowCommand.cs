using DirectiveSearch.Core.Documents;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Cli.Commands;

/// <summary>dirsearch show ID [--index DIR]: the record as JSON.</summary>
public static class ShowCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CommandArguments.Parse(args, new HashSet<string> { "index" }, new HashSet<string>());
        if (parsed.Positional.Count != 1)
            throw new UsageException("show takes exactly one document id");
        var id = parsed.Positional[0];
        var indexDirectory = parsed.Option("index") ?? CliApp.DefaultIndex;
        if (!DocumentIndex.Exists(indexDirectory))
        {
            error.WriteLine($"dirsearch: no index at '{indexDirectory}': run 'dirsearch ingest' first");
            return ExitCodes.NotFound;
        }

        using var index = DocumentIndex.Open(indexDirectory);
        if (index.Find(id) is not { } record)
        {
            error.WriteLine($"dirsearch: no document with id '{id}'");
            return ExitCodes.NotFound;
        }

        output.WriteLine(RecordJson.Serialize(record));
        return ExitCodes.Success;
    }
}
