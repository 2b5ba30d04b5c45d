using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// Tells a missing index from a damaged one before anything is served from it. Opening a Lucene index reads only the
/// segments file and each segment's headers, so random bytes inside a compound file open "fine" and fail every search;
/// every segment's checksums are therefore verified too (one sequential read of the index: a fraction of a second for
/// the bench's 168 MB).
/// </summary>
public static class IndexCheck
{
    /// <summary>What the folder holds.</summary>
    public static IndexState State(string indexDirectory)
    {
        if (!System.IO.Directory.Exists(indexDirectory))
            return IndexState.Missing;
        if (DocumentIndex.Exists(indexDirectory))
            return IndexState.Present;
        // Segment files without a commit that lists them: the segments file was lost, not an empty folder to build.
        return System.IO.Directory.EnumerateFiles(indexDirectory).Select(Path.GetFileName).Any(IsLuceneFile)
            ? IndexState.Damaged
            : IndexState.Missing;
    }

    /// <summary>Throws <see cref="DamagedIndexException"/> unless the last commit and every segment it lists read whole.</summary>
    public static void Verify(string indexDirectory)
    {
        var folder = Path.GetFullPath(indexDirectory);
        if (State(folder) == IndexState.Damaged)
            throw new DamagedIndexException(folder, "có các tệp phân đoạn nhưng không có tệp segments nào đọc được");
        try
        {
            using var directory = FSDirectory.Open(new DirectoryInfo(folder));
            using var reader = DirectoryReader.Open(directory);
            foreach (var leaf in reader.Leaves)
                leaf.AtomicReader.CheckIntegrity();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            throw new DamagedIndexException(folder, Describe(e), e);
        }
    }

    /// <summary>Lucene's own files: segments_N, segments.gen and the "_"-prefixed files of segments.</summary>
    public static bool IsLuceneFile(string? name) =>
        name is not null && (name.StartsWith("segments", StringComparison.Ordinal) || name.StartsWith('_'));

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => $"thiếu tệp: {e.Message}",
        EndOfStreamException => "một tệp bị cắt cụt",
        IndexFormatTooOldException or IndexFormatTooNewException => "định dạng chỉ mục không được hỗ trợ",
        CorruptIndexException => $"dữ liệu sai tổng kiểm tra: {e.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}

/// <summary>What an index folder holds.</summary>
public enum IndexState
{
    /// <summary>No folder, or a folder without Lucene files (an empty folder, or only uploads/): build it.</summary>
    Missing,
    Present,
    /// <summary>Lucene files but no readable commit.</summary>
    Damaged,
}
