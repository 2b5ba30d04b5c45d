using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Index;
using Microsoft.Extensions.Logging;

namespace DirectiveSearch.Server;

/// <summary>Opens the index the server will search, building it from the corpus first when there is none.</summary>
internal static class IndexStartup
{
    public static IndexHolder Open(ServerOptions options, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(IndexStartup).FullName!);
        var indexDirectory = Path.GetFullPath(options.IndexDirectory);
        if (!DocumentIndex.Exists(indexDirectory))
            Build(indexDirectory, options, logger);

        var index = DocumentIndex.Open(indexDirectory, options.SearchCacheSize);
        // The knowledge base is built now rather than on the first request that needs it.
        var graph = index.Graph;
        logger.LogInformation(
            "Serving {Documents} documents, {Directives} directives and {Edges} citation edges from the index at {IndexDirectory}",
            index.DocumentCount,
            graph.Knowledge.Directives.Count,
            graph.Edges.Count,
            indexDirectory);
        return new IndexHolder(index);
    }

    private static void Build(string indexDirectory, ServerOptions options, ILogger logger)
    {
        var corpus = Path.GetFullPath(options.CorpusDirectory);
        if (!Directory.Exists(corpus))
            throw new DirectoryNotFoundException($"No index at '{indexDirectory}' and no corpus folder at '{corpus}' to build it from.");

        logger.LogInformation("No index at {IndexDirectory}: building it from {CorpusDirectory}", indexDirectory, corpus);
        var result = new IndexBuilder(ReaderCatalog.Default(), options.Ingest).Build(indexDirectory, [corpus]);
        var report = result.Report;
        foreach (var rejected in report.Rejected)
            logger.LogWarning("Rejected {Path}: {Reason}", rejected.Path, rejected.Reason);
        logger.LogInformation(
            "Built the index: {Documents} documents from {Sources} files ({Rejected} rejected) in {Seconds:0.0} s",
            report.Documents.Count,
            report.SourceCount,
            report.Rejected.Count,
            report.Elapsed.TotalSeconds);
    }
}
