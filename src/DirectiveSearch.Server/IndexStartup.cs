using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Server.Uploads;
using Microsoft.Extensions.Logging;

namespace DirectiveSearch.Server;

/// <summary>
/// Opens the index the server will search, building it from the corpus first when there is none. A damaged index is
/// one <see cref="DamagedIndexException"/> (the folder and the way out), never a server that answers "ok" and fails
/// every search.
/// </summary>
internal static class IndexStartup
{
    /// <summary>Fails before anything is created on disk when there is neither an index folder nor a corpus to build one from.</summary>
    public static void EnsureOpenable(ServerOptions options)
    {
        var indexDirectory = Path.GetFullPath(options.IndexDirectory);
        var corpus = Path.GetFullPath(options.CorpusDirectory);
        if (!Directory.Exists(indexDirectory) && !Directory.Exists(corpus))
            throw new DirectoryNotFoundException(NoCorpus(indexDirectory, corpus));
    }

    public static IndexHolder Open(ServerOptions options, UploadFolder uploads, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(IndexStartup).FullName!);
        var indexDirectory = Path.GetFullPath(options.IndexDirectory);
        if (IndexCheck.State(indexDirectory) == IndexState.Missing)
            Build(indexDirectory, options, uploads, logger);

        IndexCheck.Verify(indexDirectory);
        var index = DocumentIndex.Open(indexDirectory, options.SearchCacheSize);
        try
        {
            CleanUp(index, uploads, logger);
            // The stored directory is what search needs of the knowledge base; questions about a directive read their
            // documents when asked (DocumentIndex.Knowledge), so nothing is built from every record here.
            var directory = index.Directory;
            logger.LogInformation(
                "Serving {Documents} documents and {Directives} directives from the index at {IndexDirectory}",
                index.DocumentCount,
                directory.Directives.Count,
                indexDirectory);
        }
        catch (Exception e) when (e is IOException or Lucene.Net.Index.CorruptIndexException or System.Text.Json.JsonException)
        {
            index.Dispose();
            throw new DamagedIndexException(indexDirectory, $"{e.GetType().Name}: {e.Message}", e);
        }

        VerifyAllInBackground(indexDirectory, logger);
        return new IndexHolder(index);
    }

    /// <summary>
    /// The start verified only the segments not verified before (<see cref="IndexCheck.Verify"/>); every segment's
    /// checksums are read again behind it, for damage that left a file's size and time alone (a bad disk sector). A
    /// damaged segment is then logged as an error naming the folder and the way out; the server keeps answering from
    /// what it can read.
    /// </summary>
    private static void VerifyAllInBackground(string indexDirectory, ILogger logger) =>
        _ = Task.Run(() =>
        {
            try
            {
                IndexCheck.VerifyAll(indexDirectory);
                logger.LogInformation("Verified the checksums of every segment of the index at {IndexDirectory}", indexDirectory);
            }
            catch (DamagedIndexException e)
            {
                logger.LogError("{Message}", e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(e, "Could not verify the index at {IndexDirectory} in the background", indexDirectory);
            }
        });

    /// <summary>
    /// Removes what a killed upload or deletion provably left (<see cref="UploadFolder.RemoveLeftovers"/>), and reports,
    /// without touching anything, the files the index lists that are not where it expects them.
    /// </summary>
    private static void CleanUp(DocumentIndex index, UploadFolder uploads, ILogger logger)
    {
        var sources = index.SourceFiles();
        var indexed = sources.Select(s => s.FullPath).ToHashSet(StringComparer.Ordinal);
        var leftovers = uploads.RemoveLeftovers(indexed, index.CommittedUtc);
        foreach (var removed in leftovers.Removed)
            logger.LogWarning("Removed {File}: left by an upload or deletion that did not complete", removed);
        foreach (var kept in leftovers.Unknown)
            logger.LogWarning("Kept {File} in the uploads folder: the index does not list it, but it is not provably a leftover", kept);
        var missing = sources.Where(s => !File.Exists(s.FullPath)).ToList();
        if (missing.Count > 0)
        {
            logger.LogError(
                "{Count} files the index lists are not found (first: {File}, stored as {Stored}); their documents are still served, and changes are refused until they are back or the index is rebuilt",
                missing.Count,
                missing[0].FullPath,
                missing[0].StoredPath);
        }
    }

    private static string NoCorpus(string indexDirectory, string corpus) =>
        $"No index at '{indexDirectory}' and no corpus folder at '{corpus}' to build it from.";

    private static void Build(string indexDirectory, ServerOptions options, UploadFolder uploads, ILogger logger)
    {
        var corpus = Path.GetFullPath(options.CorpusDirectory);
        if (!Directory.Exists(corpus))
            throw new DirectoryNotFoundException(NoCorpus(indexDirectory, corpus));

        logger.LogInformation("No index at {IndexDirectory}: building it from {CorpusDirectory}", indexDirectory, corpus);
        // Uploads kept beside a lost index are documents someone sent; they are read again with the corpus.
        string[] paths = Directory.Exists(uploads.Path) ? [corpus, uploads.Path] : [corpus];
        var result = new IndexBuilder(ReaderCatalog.Default(), options.Ingest).Build(
            indexDirectory,
            paths,
            exclusive: () => IndexOwnership.Change(indexDirectory, $"dirsearch serve {options.Urls}", DocumentChanges.ChangeLockWait));
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
