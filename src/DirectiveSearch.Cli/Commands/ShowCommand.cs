using DirectiveSearch.Server.Contracts;
using DirectiveSearch.Cli.Settings;

namespace DirectiveSearch.Cli.Commands;

/// <summary>dirsearch show ID [--index DIR]: the record with its citations as JSON, as GET /api/documents/{id} returns it.</summary>
public static class ShowCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CommandArguments.Parse(args, ShowSettings.Definition);
        if (parsed.Positional.Count != 1)
            throw new UsageException("show takes exactly one document id");
        var id = parsed.Positional[0];
        using var index = IndexArgument.Open(parsed, error);
        if (index is null)
            return ExitCodes.NotFound;
        if (index.Details(id) is not { } record)
        {
            error.WriteLine($"dirsearch: no document with id '{id}'");
            return ExitCodes.NotFound;
        }

        output.WriteLine(ApiJson.Serialize(record));
        return ExitCodes.Success;
    }
}
