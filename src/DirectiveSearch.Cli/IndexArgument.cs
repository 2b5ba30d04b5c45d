using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Cli;

/// <summary>The index a read-only command works on: --index DIR, else index/.</summary>
public static class IndexArgument
{
    /// <summary>
    /// The opened index, or null after telling the user there is none (the command then exits with <see cref="ExitCodes.NotFound"/>).
    /// A damaged index throws <see cref="DamagedIndexException"/>, which <see cref="CliApp"/> prints as one message.
    /// </summary>
    public static DocumentIndex? Open(CommandArguments parsed, TextWriter error)
    {
        var indexDirectory = parsed.Option("index") ?? CliApp.DefaultIndex;
        if (IndexCheck.State(indexDirectory) != IndexState.Missing)
        {
            IndexCheck.Verify(indexDirectory);
            try
            {
                return DocumentIndex.Open(indexDirectory);
            }
            catch (Exception e) when (e is IOException or Lucene.Net.Index.CorruptIndexException)
            {
                throw new DamagedIndexException(Path.GetFullPath(indexDirectory), e.Message, e);
            }
        }

        error.WriteLine($"dirsearch: no index at '{indexDirectory}': run 'dirsearch ingest' first");
        return null;
    }
}
