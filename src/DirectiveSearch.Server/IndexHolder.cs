using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Server;

/// <summary>
/// The index generation the endpoints search, replaced whole when an upload or a deletion commits a new one.
/// A request takes an <see cref="IndexLease"/> and uses that generation to the end, so it sees the index
/// before or after a change, never half of each; a replaced generation is disposed when its last lease ends,
/// not while a search is still reading it.
/// </summary>
public sealed class IndexHolder : IDisposable
{
    private Generation current;

    public IndexHolder(DocumentIndex index) => current = new Generation(index);

    /// <summary>The current generation, kept open until the lease is disposed.</summary>
    public IndexLease Lease()
    {
        while (true)
        {
            var generation = Volatile.Read(ref current);
            if (generation.TryAcquire())
                return new IndexLease(generation);
            // Replaced and released between the read and the acquire: the next read sees its successor.
        }
    }

    /// <summary>Makes <paramref name="next"/> the generation new requests get; the old one closes after its last request.</summary>
    public void Replace(DocumentIndex next)
    {
        var previous = Interlocked.Exchange(ref current, new Generation(next));
        previous.Release();
    }

    /// <summary>
    /// Swaps in the newest commit in the folder when there is one newer than the current generation, whoever made it (this
    /// server's batch of uploads, or a "dirsearch ingest" beside it): reopened with the segments both share, and made
    /// ready (<see cref="Warm"/>) before any request gets it. One refresh at a time, so generations only move forward.
    /// </summary>
    /// <returns>The generation now current when it changed; null when the current one was the newest.</returns>
    public DocumentIndex? Refresh()
    {
        lock (refreshing)
        {
            DocumentIndex? next;
            using (var lease = Lease())
                next = lease.Current.Reopen();
            if (next is null)
                return null;
            try
            {
                Warm(next);
            }
            catch
            {
                next.Dispose();
                throw;
            }

            Replace(next);
            return next;
        }
    }

    /// <summary>
    /// What a request would otherwise read on first use, read before the generation is published: the stored directive
    /// directory, not the whole graph (knowledge-base questions read only the records they need).
    /// </summary>
    internal static void Warm(DocumentIndex index) => _ = index.Directory;

    private readonly Lock refreshing = new();

    public void Dispose() => Volatile.Read(ref current).Release();

    /// <summary>One opened index and how many holders it has: the holder itself while current, plus each lease.</summary>
    internal sealed class Generation(DocumentIndex index)
    {
        private int references = 1;

        public DocumentIndex Index { get; } = index;

        public bool TryAcquire()
        {
            while (true)
            {
                var seen = Volatile.Read(ref references);
                if (seen == 0)
                    return false;
                if (Interlocked.CompareExchange(ref references, seen + 1, seen) == seen)
                    return true;
            }
        }

        public void Release()
        {
            if (Interlocked.Decrement(ref references) == 0)
                Index.Dispose();
        }
    }
}
