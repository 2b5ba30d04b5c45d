using System.Diagnostics;

namespace DirectiveSearch.Readers;

/// <summary>
/// The time and allocation one file's read has used, checked at points a reader passes often (between
/// pages, every few thousand XML nodes, every few kilobytes the PDF parser reads). Parsers cannot be
/// interrupted from outside in .NET, so a read that runs away is stopped at its next check.
/// Not thread-safe: <see cref="Check"/> is called on the reading thread, whose allocations it counts;
/// <see cref="IsOverdue"/> may be called from a watching thread.
/// </summary>
public sealed class ReadBudget
{
    private readonly ReadLimits limits;
    private readonly long startTimestamp;
    private readonly long startAllocated;
    private long suspendedTicks;
    private long suspendedSince;
    private volatile string? exceeded;

    private ReadBudget(ReadLimits limits)
    {
        this.limits = limits;
        startTimestamp = Stopwatch.GetTimestamp();
        startAllocated = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>Starts counting now, charging allocations of the calling thread.</summary>
    public static ReadBudget Start(ReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new ReadBudget(limits);
    }

    public ReadLimits Limits => limits;

    /// <summary>The reason the read was stopped, once a limit was passed; null before.</summary>
    public string? Exceeded => exceeded;

    /// <summary>Time counted against <see cref="ReadLimits.Timeout"/> so far.</summary>
    public TimeSpan Elapsed
    {
        get
        {
            var since = Volatile.Read(ref suspendedSince);
            var now = Stopwatch.GetTimestamp();
            var suspended = Volatile.Read(ref suspendedTicks) + (since == 0 ? 0 : now - since);
            return Stopwatch.GetElapsedTime(startTimestamp, now - suspended);
        }
    }

    /// <summary>Throws <see cref="DocumentReadException"/> when the read passed a limit (and on every call after).</summary>
    public void Check()
    {
        if (exceeded is { } reason)
            throw new DocumentReadException(reason);
        if (Volatile.Read(ref suspendedSince) == 0 && Elapsed > limits.Timeout)
            Stop(TimeoutReason(limits.Timeout));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - startAllocated;
        if (allocated > limits.MaxAllocatedBytes)
            Stop($"Vượt giới hạn bộ nhớ: đọc tệp đã cần hơn {Sizes.Bytes(limits.MaxAllocatedBytes)} (tệp quá lớn hoặc có cấu trúc bất thường)");
    }

    /// <summary>Throws the recorded reason if a limit was passed; used where a parser swallowed the exception <see cref="Check"/> threw.</summary>
    public void ThrowIfExceeded()
    {
        if (exceeded is { } reason)
            throw new DocumentReadException(reason);
    }

    /// <summary>
    /// Stops the clock while the reader waits on work with its own timeout (an OCR tool run is killed
    /// after <c>TesseractOcrOptions.Timeout</c>); dispose to restart it.
    /// </summary>
    public IDisposable Suspend()
    {
        Volatile.Write(ref suspendedSince, Stopwatch.GetTimestamp());
        return new Resumption(this);
    }

    /// <summary>True when the clock has run <paramref name="grace"/> past the timeout: the reader
    /// missed every check since, and a watcher may give up on it.</summary>
    public bool IsOverdue(TimeSpan grace) =>
        Volatile.Read(ref suspendedSince) == 0 && Elapsed > limits.Timeout + grace;

    /// <summary>The reason shown when a read ran out of time.</summary>
    public static string TimeoutReason(TimeSpan timeout) =>
        $"Quá thời gian: đọc tệp mất hơn {timeout.TotalSeconds:0} giây (tệp có thể bị hỏng khiến bộ đọc lặp vô hạn)";

    private void Stop(string reason)
    {
        exceeded = reason;
        throw new DocumentReadException(reason);
    }

    private void Resume()
    {
        var since = Volatile.Read(ref suspendedSince);
        if (since == 0)
            return;
        Interlocked.Add(ref suspendedTicks, Stopwatch.GetTimestamp() - since);
        Volatile.Write(ref suspendedSince, 0);
    }

    private sealed class Resumption(ReadBudget budget) : IDisposable
    {
        public void Dispose() => budget.Resume();
    }
}
