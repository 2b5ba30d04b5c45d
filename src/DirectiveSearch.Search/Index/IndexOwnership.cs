using System.Globalization;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// The one process allowed to change an index folder: "dirsearch serve" for as long as it runs, "dirsearch ingest" for
/// its run. Lucene's write.lock only stops a second IndexWriter at the moment it opens, after the second process has
/// read and planned against a generation the first is replacing; this lock is taken first, before any file is touched,
/// and names its holder so the one refused can say who. It is an OS lock (flock) on <c>dirsearch.lock</c>: the kernel
/// releases it when the holder exits, however it exits, so it is never stale.
/// </summary>
public sealed class IndexOwnership : IDisposable
{
    private const string LockName = "dirsearch.lock";
    private const string HolderName = "dirsearch.holder";

    private readonly FileStream lockFile;
    private readonly string holderFile;

    private IndexOwnership(FileStream lockFile, string holderFile)
    {
        this.lockFile = lockFile;
        this.holderFile = holderFile;
    }

    /// <summary>Takes the folder, or throws <see cref="IndexBusyException"/> naming the process that has it.</summary>
    /// <param name="purpose">What this process is, for the message another one shows ("dirsearch serve http://127.0.0.1:5080").</param>
    public static IndexOwnership Acquire(string indexDirectory, string purpose)
    {
        var folder = Path.GetFullPath(indexDirectory);
        Directory.CreateDirectory(folder);
        var lockPath = Path.Combine(folder, LockName);
        var holderPath = Path.Combine(folder, HolderName);
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
