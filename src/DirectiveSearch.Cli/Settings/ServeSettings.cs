using DirectiveSearch.Server;

namespace DirectiveSearch.Cli.Settings;

/// <summary>dirsearch serve: the HTTP API and the web page.</summary>
public static class ServeSettings
{
    public static readonly CommandDefinition Definition = new(
        "serve",
        $"Serve the HTTP API and the web page (default {ServerOptions.DefaultUrls}) until Ctrl+C; a missing index is first built from the corpus folder. " +
        "Uploads and deletions only with an upload key (--upload-key or, better, DIRSEARCH_UPLOAD_KEY).",
        [],
        [
            CommonOptions.Index,
            OptionDefinition.Value("urls", "URL", $"http:// or https:// addresses to listen on, separated by ';' (default {ServerOptions.DefaultUrls})"),
            OptionDefinition.Value("corpus", "DIR", $"the folder a missing index is built from (default {CliApp.DefaultCorpus}/)"),
            CommonOptions.NoOcr,
            OptionDefinition.Value("upload-key", "KEY", "the key uploads and deletions need, at least 16 characters (else DIRSEARCH_UPLOAD_KEY)"),
            OptionDefinition.Whole("max-upload-mb", "the largest upload in megabytes", ServerOptions.DefaultMaxUploadMegabytes, 1, 4096),
            OptionDefinition.Whole("rate-limit", "requests per second per client on /api, 0 = off", ServerOptions.DefaultRateLimit, 0, 10_000_000),
            OptionDefinition.Whole("search-cache", "distinct searches answered from memory until the index changes, 0 = none", ServerOptions.DefaultSearchCacheSize, 0, 1_000_000),
        ]);
}
