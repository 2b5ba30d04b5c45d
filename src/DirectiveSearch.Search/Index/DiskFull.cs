namespace DirectiveSearch.Search.Index;

/// <summary>Recognizes a write that failed because the disk (or the user's quota) is full, wherever it is wrapped.</summary>
public static class DiskFull
{
    // ENOSPC and EDQUOT as .NET reports them on Linux (the errno as HResult), ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.
    private static readonly HashSet<int> Codes = [28, 122, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    public static bool Caused(Exception? failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is IOException && (Codes.Contains(e.HResult) || e.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("Disk quota exceeded", StringComparison.OrdinalIgnoreCase)))
                return true;
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(Caused))
                return true;
        }

        return false;
    }
}
