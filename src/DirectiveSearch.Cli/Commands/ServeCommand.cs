using DirectiveSearch.Server;
using Microsoft.AspNetCore.Builder;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// dirsearch serve [--index DIR] [--urls URL] [--corpus DIR] [--search-cache N]: the HTTP API over the index, until Ctrl+C.
/// A missing index is first built from the corpus folder.
/// </summary>
public static class ServeCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CommandArguments.Parse(args, new HashSet<string> { "index", "urls", "corpus", "search-cache" }, new HashSet<string>());
        if (parsed.Positional.Count > 0)
            throw new UsageException($"serve takes no arguments besides its options, got '{parsed.Positional[0]}'");
        var urls = parsed.Option("urls") ?? ServerOptions.DefaultUrls;
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).DefaultIfEmpty(string.Empty))
        {
            if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                throw new UsageException($"--urls must be http:// or https:// addresses separated by ';', got '{url}'");
        }

        var options = new ServerOptions(
            parsed.Option("index") ?? CliApp.DefaultIndex,
            urls,
            parsed.Option("corpus") ?? CliApp.DefaultCorpus)
        {
            SearchCacheSize = parsed.IntOption("search-cache", ServerOptions.DefaultSearchCacheSize, 0, 1_000_000),
        };

        WebApplication app;
        try
        {
            app = DirectiveSearchServer.Create(options);
        }
        catch (DirectoryNotFoundException e)
        {
            error.WriteLine($"dirsearch: {e.Message}");
            return ExitCodes.NotFound;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
        {
            error.WriteLine($"dirsearch: cannot open the index at '{options.IndexDirectory}': {e.Message}");
            return ExitCodes.Failure;
        }

        using (app)
        {
            app.Lifetime.ApplicationStarted.Register(() =>
                output.WriteLine($"dirsearch: serving {string.Join(", ", app.Urls)} (Ctrl+C to stop)"));
            try
            {
                app.Run();
            }
            catch (IOException e)
            {
                error.WriteLine($"dirsearch: cannot listen on {urls}: {e.Message}");
                return ExitCodes.Failure;
            }
        }

        return ExitCodes.Success;
    }
}
