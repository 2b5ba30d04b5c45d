using DirectiveSearch.Search.Index;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DirectiveSearch.Server;

/// <summary>
/// Looks for a new commit in the index folder a few times a second and swaps it in (<see cref="IndexHolder.Refresh"/>):
/// how a "dirsearch ingest" run beside the server becomes searchable without a restart. The server's own changes refresh
/// at once, before they are acknowledged; this loop is for the commits of other processes. Looking costs one listing of
/// the folder (Lucene's <c>IsCurrent</c>), and a reopen only opens the segments the commit added.
/// </summary>
internal sealed class IndexRefresher(IndexHolder holder, TimeSpan interval, ILogger<IndexRefresher> logger) : BackgroundService
{
    /// <summary>The commit whose reopen failed last, so a damaged commit is reported once rather than every tick.</summary>
    private long failedGeneration = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                RefreshOnce();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
    }

    private void RefreshOnce()
    {
        try
        {
            if (holder.Refresh() is { } next)
                logger.LogInformation("Serving commit {Generation} of the index at {Folder}: {Documents} documents", next.Generation, next.Folder, next.DocumentCount);
            failedGeneration = -1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException or System.Text.Json.JsonException or ObjectDisposedException)
        {
            // A commit being written this very moment, or a damaged one: the current generation keeps being served, and the
            // next tick looks again. The same commit failing again says nothing new.
            var generation = NewestGeneration();
            if (generation != failedGeneration)
                logger.LogWarning(e, "Could not open commit {Generation} of the index; still serving the one before it", generation);
            failedGeneration = generation;
        }
    }

    private long NewestGeneration()
    {
        using var lease = holder.Lease();
        try
        {
            return CommitGeneration.Last(lease.Current.Folder);
        }
        catch (IOException)
        {
            return -1;
        }
    }
}
