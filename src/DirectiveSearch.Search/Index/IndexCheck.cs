using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// Tells a missing index from a damaged one before anything is served from it. Opening a Lucene index reads only the
/// segments file and each segment's headers, so random bytes inside a compound file open "fine" and fail every search;
/// every segment's checksums are therefore verified too, once per segment (one sequential read of its files), and again
/// whenever one of its files changes size or time.
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

    /// <summary>
    /// Throws <see cref="DamagedIndexException"/> unless the last commit reads and every segment it lists has been verified
    /// whole: segments not verified before (new ones, or ones whose files changed size or time since) have their checksums
    /// verified now, and are recorded in <see cref="VerifiedFile"/>. Lucene never rewrites a segment's files, so an index
    /// changed by small commits is opened in the time its new segments take, not the time of reading the whole index;
    /// <see cref="VerifyAll"/> reads everything again (for damage that leaves a file's size and time alone).
    /// </summary>
    public static void Verify(string indexDirectory) => Verify(indexDirectory, all: false);

    /// <summary>Every segment's checksums verified, whatever was verified before.</summary>
    public static void VerifyAll(string indexDirectory) => Verify(indexDirectory, all: true);

    /// <summary>The record of verified segments kept in the index folder (not a Lucene file, so Lucene leaves it alone).</summary>
    public const string VerifiedFile = "verified-segments.json";

    private static void Verify(string indexDirectory, bool all)
    {
        var folder = Path.GetFullPath(indexDirectory);
        if (State(folder) == IndexState.Damaged)
            throw new DamagedIndexException(folder, "có các tệp phân đoạn nhưng không có tệp segments nào đọc được");
        try
        {
            var verified = all ? new Dictionary<string, string>(StringComparer.Ordinal) : ReadVerified(folder);
            var now = new Dictionary<string, string>(StringComparer.Ordinal);
            using var directory = FSDirectory.Open(new DirectoryInfo(folder));
            using var reader = DirectoryReader.Open(directory);
            foreach (var leaf in reader.Leaves)
            {
                var segment = (leaf.AtomicReader as SegmentReader)?.SegmentInfo.Info;
                var stamp = segment is null ? null : Stamp(folder, segment);
                if (stamp is null || !verified.TryGetValue(segment!.Name, out var seen) || seen != stamp)
                    leaf.AtomicReader.CheckIntegrity();
                if (stamp is not null)
                    now[segment!.Name] = stamp;
            }

            WriteVerified(folder, now);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            throw new DamagedIndexException(folder, Describe(e), e);
        }
    }

    /// <summary>Each file of the segment with its length and time: what changes when a file is truncated, replaced or written into.</summary>
    private static string Stamp(string folder, SegmentInfo segment) =>
        string.Join('|', segment.GetFiles().Order(StringComparer.Ordinal).Select(name =>
        {
            var file = new FileInfo(Path.Combine(folder, name));
            return file.Exists ? $"{name}:{file.Length}:{file.LastWriteTimeUtc.Ticks}" : $"{name}:missing";
        }));

    private static Dictionary<string, string> ReadVerified(string folder)
    {
        try
        {
            var path = Path.Combine(folder, VerifiedFile);
            return File.Exists(path)
                ? System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? []
                : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            // A record that cannot be read is none: everything is verified again.
            return [];
        }
    }

    private static void WriteVerified(string folder, Dictionary<string, string> verified)
    {
        var path = Path.Combine(folder, VerifiedFile);
        var temporary = path + "." + Environment.ProcessId + ".tmp";
        try
        {
            File.WriteAllText(temporary, System.Text.Json.JsonSerializer.Serialize(verified));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or full folder keeps no record; the next open verifies again.
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
            }
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
