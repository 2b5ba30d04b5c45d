using DirectiveSearch.Ingestion.Pipeline;

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

    /// <summary>How a missing index is built; OCR on by default, as for <c>dirsearch ingest</c>.</summary>
    public IngestOptions Ingest { get; init; } = IngestOptions.Default;

    /// <summary>Recent search responses kept per index generation (0 for none); see <c>SearchCache</c>.</summary>
    public int SearchCacheSize { get; init; } = DefaultSearchCacheSize;

    public const int DefaultSearchCacheSize = 1000;
}
