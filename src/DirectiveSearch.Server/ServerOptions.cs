using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Server.Uploads;

namespace DirectiveSearch.Server;

/// <summary>Where the server finds its index and where it listens.</summary>
/// <param name="IndexDirectory">The index folder; built from <paramref name="CorpusDirectory"/> on start when it holds no index.</param>
/// <param name="Urls">Kestrel's listening addresses, ';'-separated. Port 0 picks a free port (see <c>WebApplication.Urls</c> once started).</param>
/// <param name="CorpusDirectory">The files to build a missing index from.</param>
public sealed record ServerOptions(
    string IndexDirectory,
    string Urls = ServerOptions.DefaultUrls,
    string CorpusDirectory = ServerOptions.DefaultCorpus)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
    public const string DefaultCorpus = "corpus";
    public const int DefaultMaxUploadMegabytes = 50;

    /// <summary>
    /// Requests per second per client address on /api. High enough that one client running the HTTP benchmark
    /// at the target (2,000 req/s) is never throttled; it is there against a runaway client, not for quotas.
    /// </summary>
    public const int DefaultRateLimit = 10_000;

    /// <summary>How a missing index is built; OCR on by default, as for <c>dirsearch ingest</c>.</summary>
    public IngestOptions Ingest { get; init; } = IngestOptions.Default;

    /// <summary>Recent search responses kept per index generation (0 for none); see <c>SearchCache</c>.</summary>
    public int SearchCacheSize { get; init; } = DefaultSearchCacheSize;

    public const int DefaultSearchCacheSize = 1000;

    /// <summary>The key POST and DELETE /api/documents require; null (the default) turns uploads off.</summary>
    public UploadKey? UploadKey { get; init; }

    /// <summary>The largest file an upload may carry.</summary>
    public long MaxUploadBytes { get; init; } = DefaultMaxUploadMegabytes * 1024L * 1024L;

    /// <summary>Token-bucket budget per client address on /api, in requests per second; 0 turns the limit off.</summary>
    public int RateLimitPerSecond { get; init; } = DefaultRateLimit;

    /// <summary>How often the server looks for a commit made by another process (a "dirsearch ingest" beside it) to serve it.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The clock "quá hạn" and "sắp đến hạn" are computed with: the system's, or a fixed one in tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
