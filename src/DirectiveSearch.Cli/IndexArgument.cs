using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Cli;

/// <summary>The index a read-only command works on: --index DIR, else index/.</summary>
public static class IndexArgument
{
    /// <summary>The opened index, or null after telling the user there is none (the command then exits with <see cref="ExitCodes.NotFound"/>).</summary>
    public static DocumentIndex? Open(CommandArguments parsed, TextWriter error)
    {
        var indexDirectory = parsed.Option("index") ?? CliApp.DefaultIndex;
        if (DocumentIndex.Exists(indexDirectory))
            return DocumentIndex.Open(indexDirectory);
        error.WriteLine($"dirsearch: no index at '{indexDirectory}': run 'dirsearch ingest' first");
        return null;
    }
}
