using System.Threading.Channels;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Search.Index;
using Microsoft.Extensions.Logging;

namespace DirectiveSearch.Server.Uploads;

/// <summary>
/// Adds uploaded files to the index and removes uploaded documents, with group commit: requests wait in one queue,
/// and one writer takes every upload waiting (or every deletion waiting) as one batch, makes it one change with
/// <see cref="IndexBuilder"/> (in place: only the batch's documents and those whose citations they move are written) and
/// one Lucene commit, reopens the served generation on it, and only then answers each request of the batch. While a
/// batch is written the next one gathers, so under many uploads a commit holds many of them.
/// <para>
/// The batch plans against the newest commit in the folder, under the folder's change lock (<see cref="IndexOwnership.Change"/>),
/// not against the generation being served: a "dirsearch ingest" beside the server may have committed since.
/// </para>
/// </summary>
public sealed class DocumentChanges(IndexHolder holder, UploadFolder uploads, string indexDirectory, IngestOptions ingest, ILogger<DocumentChanges> logger) : IDisposable
{
    /// <summary>How long a batch waits for an ingest beside the server to finish writing before its requests are answered 503.</summary>
    public static readonly TimeSpan ChangeLockWait = TimeSpan.FromMinutes(5);

    private readonly IndexBuilder builder = new(ReaderCatalog.Default(), ingest);
    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private Task? writer;
    private readonly Lock starting = new();

    /// <summary>How many commits the batches have made, for the log and the tests of group commit.</summary>
    public int Commits => Volatile.Read(ref commits);

    private int commits;

    /// <summary>
    /// Adds a received file. <paramref name="partialFile"/> is moved into place or deleted: it never stays.
    /// </summary>
    /// <param name="contentHash">SHA-256 of the file, lower-case hex, computed while it was received.</param>
    /// <param name="extension">The sniffed format's extension, which chooses the reader.</param>
    public async Task<UploadOutcome> AddAsync(string partialFile, string contentHash, string extension, CancellationToken cancellation)
    {
        var pending = new PendingAdd(partialFile, contentHash, extension, cancellation);
        Enqueue(pending);
        return await pending.Answer.Task;
    }

    /// <summary>Removes a document made only of uploaded files, and then those files.</summary>
    public async Task<DeletionStatus> DeleteAsync(string id, CancellationToken cancellation)
    {
        var pending = new PendingDelete(id, cancellation);
        Enqueue(pending);
        return await pending.Answer.Task;
    }

    public void Dispose() => queue.Writer.TryComplete();

    private void Enqueue(Pending pending)
    {
        if (!queue.Writer.TryWrite(pending))
            throw new ObjectDisposedException(nameof(DocumentChanges));
        lock (starting)
        {
            // Minutes for a large batch with OCR: a thread of its own rather than one of the pool's.
            writer ??= Task.Factory.StartNew(DrainAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        }
    }

    private async Task DrainAsync()
    {
        while (await queue.Reader.WaitToReadAsync())
        {
            var batch = NextBatch();
            try
            {
                if (batch[0] is PendingAdd)
                    Add([.. batch.Cast<PendingAdd>()]);
                else
                    Delete([.. batch.Cast<PendingDelete>()]);
            }
            catch (Exception e)
            {
                // Every request of a failed batch hears why; none was acknowledged, and the last commit stays the index.
                foreach (var pending in batch)
                    pending.Fail(e);
            }
        }
    }

    /// <summary>Every waiting request of the kind at the head of the queue, up to the first of the other kind, in order.</summary>
    private List<Pending> NextBatch()
    {
        var batch = new List<Pending>();
        while (queue.Reader.TryPeek(out var next) && (batch.Count == 0 || next.GetType() == batch[0].GetType()) && queue.Reader.TryRead(out next))
            batch.Add(next);
        return batch;
    }

    private void Add(IReadOnlyList<PendingAdd> batch)
    {
        using var change = TakeChangeLock();
        Newest();
        using var lease = holder.Lease();
        var staged = new List<PendingAdd>();
        var byHash = new Dictionary<string, PendingAdd>(StringComparer.Ordinal);
        foreach (var pending in batch)
        {
            if (pending.Cancellation.IsCancellationRequested)
            {
                File.Delete(pending.PartialFile);
                pending.Answer.TrySetCanceled(pending.Cancellation);
            }
            else if (lease.Current.DocumentWithSourceHash(pending.ContentHash) is { } existing)
            {
                File.Delete(pending.PartialFile);
                pending.Answer.TrySetResult(new UploadOutcome(UploadStatus.AlreadyPresent, lease.Current.Details(existing), null));
            }
            else if (byHash.TryGetValue(pending.ContentHash, out var first))
            {
                // The same bytes twice in one batch: the second is the first's document, as it would be one request later.
                File.Delete(pending.PartialFile);
                first.Twins.Add(pending);
            }
            else if (Store(pending))
            {
                byHash[pending.ContentHash] = pending;
                staged.Add(pending);
            }
        }

        if (staged.Count == 0)
            return;
        foreach (var pending in staged)
            logger.LogInformation("Upload {File}: building a new index generation ({Count} uploads in this commit)", Path.GetFileName(pending.Stored), staged.Count);
        IndexBuildResult result;
        try
        {
            var files = FilesOf(lease.Current).Concat(staged.Select(p => p.Stored!)).Distinct(StringComparer.Ordinal).ToList();
            result = Build(files);
        }
        catch
        {
            foreach (var pending in staged)
                File.Delete(pending.Stored!);
            throw;
        }

        var rejected = staged.ToDictionary(p => p, p => result.Report.Rejected.FirstOrDefault(r => Path.GetFullPath(r.Path) == p.Stored));
        foreach (var (pending, reason) in rejected)
        {
            if (reason is not null)
                File.Delete(pending.Stored!);
        }

        using var latest = result.Committed ? Publish() : holder.Lease();
        foreach (var pending in staged)
        {
            if (rejected[pending] is { } reason)
            {
                logger.LogInformation("Upload {File} rejected: {Reason}", Path.GetFileName(pending.Stored), reason.Reason);
                pending.Answer.TrySetResult(new UploadOutcome(UploadStatus.Rejected, null, reason.Reason));
                foreach (var twin in pending.Twins)
                    twin.Answer.TrySetResult(new UploadOutcome(UploadStatus.Rejected, null, reason.Reason));
                continue;
            }

            var id = result.Report.Documents.First(d => d.Sources.Any(s => Path.GetFullPath(s.Path) == pending.Stored)).Id;
            logger.LogInformation("Upload {File} is document {Id}", Path.GetFileName(pending.Stored), id);
            var details = latest.Current.Details(id);
            pending.Answer.TrySetResult(new UploadOutcome(UploadStatus.Added, details, null));
            foreach (var twin in pending.Twins)
                twin.Answer.TrySetResult(new UploadOutcome(UploadStatus.AlreadyPresent, details, null));
        }
    }

    /// <summary>Moves the received file to its stored name; false (and the request answered) when it cannot be.</summary>
    private bool Store(PendingAdd pending)
    {
        var stored = uploads.StoredFile(pending.ContentHash, pending.Extension);
        try
        {
            File.Move(pending.PartialFile, stored, overwrite: true);
            pending.Stored = stored;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(pending.PartialFile);
            logger.LogError(e, "Could not store the upload in {Folder}", uploads.Path);
            pending.Answer.TrySetException(new IndexUnavailableException("the upload could not be stored", e));
            return false;
        }
    }

    private void Delete(IReadOnlyList<PendingDelete> batch)
    {
        using var change = TakeChangeLock();
        Newest();
        using var lease = holder.Lease();
        var current = lease.Current;
        var deleting = new List<PendingDelete>();
        var files = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pending in batch)
        {
            if (pending.Cancellation.IsCancellationRequested)
                pending.Answer.TrySetCanceled(pending.Cancellation);
            else if (ids.Contains(pending.Id) || current.Find(pending.Id) is not { } record)
                pending.Answer.TrySetResult(DeletionStatus.NotFound);
            else if (record.Sources.Select(current.Locate).ToList() is var own && !own.All(uploads.Holds))
                pending.Answer.TrySetResult(DeletionStatus.NotAnUpload);
            else
            {
                ids.Add(pending.Id);
                files.UnionWith(own);
                deleting.Add(pending);
                logger.LogInformation("Delete {Id}: building a new index generation ({Count} deletions in this commit)", pending.Id, batch.Count);
            }
        }

        if (deleting.Count == 0)
            return;
        var result = Build([.. FilesOf(current).Where(f => !files.Contains(f))]);
        if (result.Committed)
            Publish().Dispose();
        // After the commit and still under the change lock, so an ingest beside the server never reads them as files to
        // add back: killed before this line, the files are strays that the next start removes.
        foreach (var file in files)
            File.Delete(file);
        foreach (var pending in deleting)
            pending.Answer.TrySetResult(DeletionStatus.Deleted);
    }

    private IndexOwnership TakeChangeLock()
    {
        try
        {
            return IndexOwnership.Change(indexDirectory, "dirsearch serve", ChangeLockWait, holder =>
                logger.LogInformation("Waiting for {Holder} to finish writing the index", holder ?? "another process"));
        }
        catch (IndexBusyException e)
        {
            logger.LogError(e, "The index at {IndexDirectory} stayed busy for {Wait}", indexDirectory, ChangeLockWait);
            throw new IndexUnavailableException("another process is writing the index", e);
        }
    }

    /// <summary>Serves the newest commit before planning against it (an ingest beside the server may have made one).</summary>
    private DocumentIndex? Newest()
    {
        try
        {
            return holder.Refresh();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
        {
            logger.LogError(e, "Could not open the newest commit at {IndexDirectory}", indexDirectory);
            throw new IndexUnavailableException("the newest index generation could not be opened", e);
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

    private IndexBuildResult Build(IReadOnlyList<string> files)
    {
        try
        {
            // The change lock is held for the whole batch, so the builder takes none of its own.
            var result = builder.Build(indexDirectory, files);
            if (result.Committed)
                Interlocked.Increment(ref commits);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // DocumentIndexWriter rolled the writer back: the last commit is still the index, and the next change can
            // take the writer. A full disk, a damaged segment or a lock held by another process all end here.
            logger.LogError(e, "Could not write the index at {IndexDirectory}; the last commit stays the published index", indexDirectory);
            throw new IndexUnavailableException("the index could not be written", e);
        }
    }

    /// <summary>Opens the generation just committed, makes it the one requests get, and leases it to the batch's answers.</summary>
    private IndexLease Publish()
    {
        try
        {
            holder.Refresh();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
        {
            logger.LogError(e, "Could not open the generation just committed at {IndexDirectory}", indexDirectory);
            throw new IndexUnavailableException("the new index generation could not be opened", e);
        }

        return holder.Lease();
    }

    private abstract class Pending(CancellationToken cancellation)
    {
        public CancellationToken Cancellation { get; } = cancellation;

        public abstract void Fail(Exception e);
    }

    private sealed class PendingAdd(string partialFile, string contentHash, string extension, CancellationToken cancellation) : Pending(cancellation)
    {
        public string PartialFile { get; } = partialFile;

        public string ContentHash { get; } = contentHash;

        public string Extension { get; } = extension;

        /// <summary>Where the file was moved; null until then.</summary>
        public string? Stored { get; set; }

        /// <summary>Requests of the same batch with the same bytes, answered with this one's document.</summary>
        public List<PendingAdd> Twins { get; } = [];

        public TaskCompletionSource<UploadOutcome> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Fail(Exception e)
        {
            if (Stored is null && File.Exists(PartialFile))
                File.Delete(PartialFile);
            Answer.TrySetException(e);
            foreach (var twin in Twins)
                twin.Answer.TrySetException(e);
        }
    }

    private sealed class PendingDelete(string id, CancellationToken cancellation) : Pending(cancellation)
    {
        public string Id { get; } = id;

        public TaskCompletionSource<DeletionStatus> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Fail(Exception e) => Answer.TrySetException(e);
    }
}
