using DirectiveSearch.Readers;

namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>
/// Runs one file's read on a thread of its own and watches its budget from the calling thread.
/// Readers stop themselves at their next budget check; a read stuck inside a library between
/// checks is given up on after a grace period, and its file reported as timed out.
/// </summary>
/// <remarks>
/// .NET cannot stop a thread from outside, so a given-up read keeps its thread (a background one,
/// which never holds the process open) until the library returns and the next check ends it. That
/// costs CPU for a while, never correctness: its result is discarded. The alternative, a child process
/// per file, could be killed outright but would add a runtime start (about 0.1 s) to each of the
/// thousands of files of a run. The thread also gets a larger stack than the pool's, so recursion in
/// a library on a deeply nested file fails on the nesting limits, not on a stack overflow, which
/// no handler can catch.
/// </remarks>
internal static class WatchedRead
{
    private const int StackBytes = 16 * 1024 * 1024;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public static ParseOutcome Run(Func<ReadBudget, ParseOutcome> read, ReadLimits limits, TimeSpan grace, string displayPath)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = Watch(read, limits, grace, displayPath);
        return outcome.Rejected is { } rejected ? outcome with { Rejected = rejected with { Elapsed = clock.Elapsed } } : outcome;
    }

    private static ParseOutcome Watch(Func<ReadBudget, ParseOutcome> read, ReadLimits limits, TimeSpan grace, string displayPath)
    {
        ParseOutcome? outcome = null;
        ReadBudget? budget = null;
        var thread = new Thread(
            () =>
            {
                // Created here so that it counts this thread's allocations.
                var own = ReadBudget.Start(limits);
                Volatile.Write(ref budget, own);
                try
                {
                    outcome = read(own);
                }
                catch (OutOfMemoryException)
                {
                    // A single allocation too large for the heap fails before anything is allocated,
                    // so the process is as healthy as before it; only this file is lost.
                    outcome = Rejected(displayPath, "không đủ bộ nhớ để đọc tệp (tệp quá lớn hoặc có cấu trúc bất thường)");
                }
                catch (Exception e)
                {
                    // An exception escaping a thread ends the process; a bug met by one file must not.
                    outcome = Rejected(displayPath, $"lỗi khi xử lý tệp ({e.GetType().Name}: {e.Message})");
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Name = "dirsearch read",
        };
        thread.Start();
        while (!thread.Join(Poll))
        {
            if (Volatile.Read(ref budget) is { } watched && watched.IsOverdue(grace))
            {
                return Rejected(displayPath, ReadBudget.TimeoutReason(limits.Timeout) + "; đã bỏ qua tệp này");
            }
        }

        return outcome ?? Rejected(displayPath, "lỗi khi đọc tệp (bộ đọc dừng mà không trả về kết quả)");
    }

    private static ParseOutcome Rejected(string path, string reason) => new(null, new RejectedFile(path, reason));
}
