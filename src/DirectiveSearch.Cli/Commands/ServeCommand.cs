using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Server;
using DirectiveSearch.Server.Uploads;
using Microsoft.AspNetCore.Builder;
using DirectiveSearch.Cli.Settings;

namespace DirectiveSearch.Cli.Commands;

/// <summary>
/// dirsearch serve [--index DIR] [--urls URL] [--corpus DIR] [--no-ocr] [--upload-key KEY] [--max-upload-mb N] [--rate-limit N] [--search-cache N]:
/// the HTTP API over the index, until Ctrl+C. A missing index is first built from the corpus folder. Uploads and
/// deletions are on only with an upload key (the option or DIRSEARCH_UPLOAD_KEY).
/// </summary>
public static class ServeCommand
{
    public const string UploadKeyVariable = "DIRSEARCH_UPLOAD_KEY";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = CommandArguments.Parse(args, ServeSettings.Definition);
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
            Ingest = IngestOptions.Default with { OcrEnabled = !parsed.Flag("no-ocr") },
            UploadKey = UploadKeyOption(parsed),
            MaxUploadBytes = parsed.Int("max-upload-mb") * 1024L * 1024L,
            RateLimitPerSecond = parsed.Int("rate-limit"),
            SearchCacheSize = parsed.Int("search-cache"),
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
        catch (IndexBusyException e)
        {
            error.WriteLine($"dirsearch: {e.Message}");
            return ExitCodes.IndexNotWritable;
        }
        catch (DamagedIndexException e)
        {
            error.WriteLine($"dirsearch: {e.Message}");
            return ExitCodes.Failure;
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

    /// <summary>
    /// --upload-key, else DIRSEARCH_UPLOAD_KEY; the variable keeps the key out of the process list, where any
    /// local user can read a command line.
    /// </summary>
    private static UploadKey? UploadKeyOption(CommandArguments parsed)
    {
        var fromOption = parsed.Option("upload-key");
        var key = fromOption ?? Environment.GetEnvironmentVariable(UploadKeyVariable);
        if (string.IsNullOrEmpty(key))
            return fromOption is null ? null : throw new UsageException("--upload-key needs a value");
        if (key.Length < UploadKey.MinimumLength)
        {
            var source = fromOption is null ? UploadKeyVariable : "--upload-key";
            throw new UsageException($"{source} must be at least {UploadKey.MinimumLength} characters long");
        }

        return new UploadKey(key);
    }
}
