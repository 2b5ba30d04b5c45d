using DirectiveSearch.Core.Documents;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Index;
using Microsoft.Extensions.Logging;

namespace DirectiveSearch.Server.Uploads;

/// <summary>
/// Adds an uploaded file to the index or removes an uploaded document, one change at a time. Each change
/// rebuilds a whole generation with <see cref="IndexBuilder"/> over the files of the current one (plus or minus
/// the change), so citations stay resolved over the whole corpus and unchanged files are not parsed again; the
/// new generation is opened and swapped in whole. The files are those the current generation lists, not the
/// server's corpus folder: an index made by "dirsearch ingest" over other paths keeps exactly its documents.
/// </summary>
/// <param name="searchCacheSize">The recent-search cache of each published generation (<see cref="ServerOptions.SearchCacheSize"/>).</param>
public sealed class DocumentChanges(IndexHolder holder, UploadFolder uploads, string indexDirectory, IngestOptions ingest, int searchCacheSize, ILogger<DocumentChanges> logger)
{
    // One writer: Lucene allows one IndexWriter per folder, and each build starts from the generation before it.
    private readonly SemaphoreSlim writer = new(1, 1);
    private readonly IndexBuilder builder = new(ReaderCatalog.Default(), ingest);

    /// <summary>
    /// Adds a received file. <paramref name="partialFile"/> is moved into place or deleted: it never stays.
    /// </summary>
    /// <param name="contentHash">SHA-256 of the file, lower-case hex, computed while it was received.</param>
    /// <param name="extension">The sniffed format's extension, which chooses the reader.</param>
    public async Task<UploadOutcome> AddAsync(string partialFile, string contentHash, string extension, CancellationToken cancellation)
    {
        try
        {
            await writer.WaitAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            File.Delete(partialFile);
            throw;
        }

        try
        {
            using var lease = holder.Lease();
            var current = lease.Current;
            if (current.DocumentWithSourceHash(contentHash) is { } existing)
            {
                File.Delete(partialFile);
                return new UploadOutcome(UploadStatus.AlreadyPresent, current.Details(existing), null);
            }

            var stored = uploads.StoredFile(contentHash, extension);
            try
            {
                File.Move(partialFile, stored, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                File.Delete(partialFile);
                logger.LogError(e, "Could not store the upload in {Folder}", uploads.Path);
                throw new IndexUnavailableException("the upload could not be stored", e);
            }

            logger.LogInformation("Upload {File}: building a new index generation", Path.GetFileName(stored));
            IndexBuildResult result;
            try
            {
                result = await BuildAsync([.. FilesOf(current).Append(stored).Distinct(StringComparer.Ordinal)]);
            }
            catch
            {
                File.Delete(stored);
                throw;
            }

            var rejected = result.Report.Rejected.FirstOrDefault(r => Path.GetFullPath(r.Path) == stored);
            if (rejected is not null)
                File.Delete(stored);
            var latest = result.Committed ? Publish() : current;
            if (rejected is not null)
            {
                logger.LogInformation("Upload {File} rejected: {Reason}", Path.GetFileName(stored), rejected.Reason);
                return new UploadOutcome(UploadStatus.Rejected, null, rejected.Reason);
            }

            var id = result.Report.Documents.First(d => d.Sources.Any(s => Path.GetFullPath(s.Path) == stored)).Id;
            logger.LogInformation("Upload {File} is document {Id}", Path.GetFileName(stored), id);
            return new UploadOutcome(UploadStatus.Added, latest.Details(id), null);
        }
        finally
        {
            writer.Release();
        }
    }

    /// <summary>Removes a document made only of uploaded files, and then those files.</summary>
    public async Task<DeletionStatus> DeleteAsync(string id, CancellationToken cancellation)
    {
        await writer.WaitAsync(cancellation);
        try
        {
            using var lease = holder.Lease();
            var current = lease.Current;
            if (current.Find(id) is not { } record)
                return DeletionStatus.NotFound;
            var files = record.Sources.Select(current.Locate).ToHashSet(StringComparer.Ordinal);
            if (!files.All(uploads.Holds))
                return DeletionStatus.NotAnUpload;

            logger.LogInformation("Delete {Id}: building a new index generation", id);
            var result = await BuildAsync([.. FilesOf(current).Where(f => !files.Contains(f))]);
            if (result.Committed)
                Publish();
            // After the commit: killed before this line, the files are strays that the next start removes.
            foreach (var file in files)
                File.Delete(file);
            return DeletionStatus.Deleted;
        }
        finally
        {
            writer.Release();
        }
    }

    /// <summary>
    /// The files of the current generation. A rebuild drops the documents of files it cannot find, so when the index
    /// lists paths this server cannot see (an index ingested from another working directory), the change is refused
    /// rather than made at the cost of those documents.
    /// </summary>
    private IReadOnlyList<string> FilesOf(DocumentIndex index)
    {
        var files = index.SourceFiles().Select(s => s.FullPath).Distinct(StringComparer.Ordinal).ToList();
        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            logger.LogError("{Count} files of the index are not found from {Directory} (first: {File}); refusing to rebuild without them", missing.Count, Environment.CurrentDirectory, missing[0]);
            throw new IndexSourcesMissingException(missing.Count, missing[0]);
        }

        return files;
    }

    private async Task<IndexBuildResult> BuildAsync(IReadOnlyList<string> files)
    {
        try
        {
            // Minutes for a large corpus with OCR: a thread of its own rather than one of the pool's.
            return await Task.Factory.StartNew(
                () => builder.Build(indexDirectory, files),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // DocumentIndexWriter rolled the writer back: the last commit is still the index, and the next change can
            // take the writer. A full disk, a damaged segment or a lock held by another process all end here.
            logger.LogError(e, "Could not write the index at {IndexDirectory}; the last commit stays the published index", indexDirectory);
            throw new IndexUnavailableException("the index could not be written", e);
        }
    }

    /// <summary>Opens the generation just committed and makes it the one requests get.</summary>
    private DocumentIndex Publish()
    {
        DocumentIndex next;
        try
        {
            next = DocumentIndex.Open(indexDirectory, searchCacheSize);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
        {
            logger.LogError(e, "Could not open the generation just committed at {IndexDirectory}", indexDirectory);
            throw new IndexUnavailableException("the new index generation could not be opened", e);
        }

        // Read now, under the writer lock, rather than by the first search that needs it.
        _ = next.Directory;
        holder.Replace(next);
        return next;
    }
}
