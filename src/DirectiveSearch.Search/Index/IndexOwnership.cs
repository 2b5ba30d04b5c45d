using System.Globalization;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// Who may change an index folder, and who serves it. Two OS locks (flock), each a file in the folder and each released
/// by the kernel when its holder exits, however it exits, so neither is ever stale after a kill -9:
/// <list type="bullet">
/// <item><c>dirsearch.lock</c>, the change lock, held for one change: from reading the last commit to plan against it,
/// through the commit, to the files the change moves or deletes after it. "dirsearch ingest" holds it while it plans and
/// writes (not while it parses files), the server while it writes a batch of uploads and deletions; the other waits.
/// Lucene's write.lock only stops a second IndexWriter at the moment it opens, after the second process has read and
/// planned against a generation the first is replacing; this lock is taken before that read.</item>
/// <item><c>dirsearch.serve.lock</c>, held by "dirsearch serve" for as long as it runs: a second server is refused, an
/// ingest beside it is not (the server reopens its reader on the ingest's commit).</item>
/// </list>
/// Each names its holder in a file beside it, so the one refused or waiting can say who.
/// </summary>
public sealed class IndexOwnership : IDisposable
{
    private const string ChangeLockName = "dirsearch.lock";
    private const string ChangeHolderName = "dirsearch.holder";
    private const string ServeLockName = "dirsearch.serve.lock";
    private const string ServeHolderName = "dirsearch.serve.holder";

    /// <summary>How often a waiting process tries the change lock again: changes take from milliseconds to minutes.</summary>
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(20);

    private readonly FileStream lockFile;
    private readonly string holderFile;

    private IndexOwnership(FileStream lockFile, string holderFile)
    {
        this.lockFile = lockFile;
        this.holderFile = holderFile;
    }

    /// <summary>Takes the change lock at once, or throws <see cref="IndexBusyException"/> naming the process that has it.</summary>
    /// <param name="purpose">What this process is, for the message another one shows ("dirsearch ingest").</param>
    public static IndexOwnership Acquire(string indexDirectory, string purpose) => Change(indexDirectory, purpose, TimeSpan.Zero);

    /// <summary>
    /// Takes the change lock, waiting up to <paramref name="wait"/> while another process changes the folder; throws
    /// <see cref="IndexBusyException"/> naming that process when the wait runs out.
    /// </summary>
    /// <param name="waiting">Called once, with the holder's description, when the lock is not free at once.</param>
    public static IndexOwnership Change(string indexDirectory, string purpose, TimeSpan wait, Action<string?>? waiting = null)
    {
        var until = DateTime.UtcNow + wait;
        var told = false;
        while (true)
        {
            try
            {
                return Take(indexDirectory, ChangeLockName, ChangeHolderName, purpose);
            }
            catch (IndexBusyException e) when (DateTime.UtcNow < until)
            {
                if (!told)
                    waiting?.Invoke(e.Holder);
                told = true;
                Thread.Sleep(RetryInterval);
            }
        }
    }

    /// <summary>Takes the serving lock for the life of a server, or throws <see cref="IndexBusyException"/> naming the server that has it.</summary>
    /// <param name="purpose">"dirsearch serve http://127.0.0.1:5080".</param>
    public static IndexOwnership Serve(string indexDirectory, string purpose) => Take(indexDirectory, ServeLockName, ServeHolderName, purpose);

    private static IndexOwnership Take(string indexDirectory, string lockName, string holderName, string purpose)
    {
        var folder = Path.GetFullPath(indexDirectory);
        Directory.CreateDirectory(folder);
        var lockPath = Path.Combine(folder, lockName);
        var holderPath = Path.Combine(folder, holderName);
        FileStream stream;
        try
        {
            // FileShare.None is flock(LOCK_EX | LOCK_NB) on Linux and macOS, and a sharing lock on Windows.
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new IndexBusyException(folder, Holder(holderPath), e);
        }

        try
        {
            File.WriteAllText(holderPath, string.Create(CultureInfo.InvariantCulture, $"PID {Environment.ProcessId}: {purpose} (từ {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC)"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the message of a refused process needs it; a full disk must not stop the owner.
        }

        return new IndexOwnership(stream, holderPath);
    }

    public void Dispose()
    {
        try
        {
            File.Delete(holderFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stale holder file is only ever read while someone else holds the lock, and then rewritten by them.
        }

        lockFile.Dispose();
    }

    private static string? Holder(string holderPath)
    {
        try
        {
            return File.Exists(holderPath) ? File.ReadAllText(holderPath).Trim() : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>Another process is changing or serving the index folder; nothing was touched.</summary>
public sealed class IndexBusyException(string folder, string? holder, Exception inner)
    : Exception(
        $"Chỉ mục tại '{folder}' đang được một tiến trình khác dùng ({holder ?? "không rõ tiến trình"}); không tệp nào bị thay đổi. " +
        "Khi máy chủ đang chạy, hãy tải tệp lên qua POST /api/documents, hoặc dừng máy chủ rồi chạy lại lệnh.",
        inner)
{
    public string Folder => folder;

    /// <summary>"PID 1234: dirsearch serve http://127.0.0.1:5080 (...)", or null when the holder did not say.</summary>
    public string? Holder => holder;
}
