using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Server.Uploads;
using Microsoft.Extensions.Logging;

namespace DirectiveSearch.Server;

/// <summary>Opens the index the server will search, building it from the corpus first when there is none.</summary>
internal static class IndexStartup
{
    public static IndexHolder Open(ServerOptions options, UploadFolder uploads, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(IndexStartup).FullName!);
        var indexDirectory = Path.GetFullPath(options.IndexDirectory);
        if (!DocumentIndex.Exists(indexDirectory))
            Build(indexDirectory, options, uploads, logger);

        var index = DocumentIndex.Open(indexDirectory, options.SearchCacheSize);
        // A server killed during an upload or a deletion leaves files the last commit does not list; they are
        // no documents, and removing them now keeps the folder what the index says it is.
        var indexed = index.SourcePaths().Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var stray in uploads.RemoveStray(indexed))
            logger.LogWarning("Removed {File}: left by an upload or deletion that did not complete", stray);
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

    private static void Build(string indexDirectory, ServerOptions options, UploadFolder uploads, ILogger logger)
    {
        var corpus = Path.GetFullPath(options.CorpusDirectory);
        if (!Directory.Exists(corpus))
            throw new DirectoryNotFoundException($"No index at '{indexDirectory}' and no corpus folder at '{corpus}' to build it from.");

        logger.LogInformation("No index at {IndexDirectory}: building it from {CorpusDirectory}", indexDirectory, corpus);
        // Uploads kept beside a lost index are documents someone sent; they are read again with the corpus.
        string[] paths = Directory.Exists(uploads.Path) ? [corpus, uploads.Path] : [corpus];
        var result = new IndexBuilder(ReaderCatalog.Default(), options.Ingest).Build(indexDirectory, paths);
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
