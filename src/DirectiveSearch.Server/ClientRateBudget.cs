using System.Collections.Concurrent;
using System.Diagnostics;

namespace DirectiveSearch.Server;

/// <summary>
/// A token bucket per client refilled continuously: a client gets <c>perSecond</c> requests a second on average and
/// a burst of half a second's budget (at least one), so over any 10 s it is let through at most 10.5 × N + 1 times.
/// The framework's token bucket refills in whole tokens on a 100 ms timer, which for a budget below 10 a second gave
/// a token every tick (1 a second became about 7, 15 became 21). Buckets idle long enough to be full are dropped.
/// </summary>
internal sealed class ClientRateBudget(int perSecond, Func<long>? clock = null)
{
    private static readonly long IdleTicks = Stopwatch.Frequency * 60;

    private readonly ConcurrentDictionary<string, Bucket> buckets = new(StringComparer.Ordinal);
    private readonly Func<long> now = clock ?? Stopwatch.GetTimestamp;
    private readonly double burst = Math.Max(1, Math.Ceiling(perSecond / 2.0));
    private long nextSweep;

    /// <summary>Takes one request from the client's budget; when there is none, how long until there is.</summary>
    public bool TryTake(string client, out TimeSpan retryAfter)
    {
        var at = now();
        SweepIdle(at);
        var bucket = buckets.GetOrAdd(client, _ => new Bucket(burst, at));
        lock (bucket)
        {
            var seconds = (double)(at - bucket.Updated) / Stopwatch.Frequency;
            bucket.Tokens = Math.Min(burst, bucket.Tokens + (seconds * perSecond));
            bucket.Updated = at;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = TimeSpan.FromSeconds((1 - bucket.Tokens) / perSecond);
            return false;
        }
    }

    private void SweepIdle(long at)
    {
        var due = Interlocked.Read(ref nextSweep);
        if (at < due || Interlocked.CompareExchange(ref nextSweep, at + IdleTicks, due) != due)
            return;
        foreach (var (client, bucket) in buckets)
        {
            // A bucket idle a minute is full again: forgetting it changes nothing for its client.
            if (at - Volatile.Read(ref bucket.Updated) > IdleTicks)
                buckets.TryRemove(client, out _);
        }
    }

    private sealed class Bucket(double tokens, long updated)
    {
        public double Tokens = tokens;
        public long Updated = updated;
    }
}
