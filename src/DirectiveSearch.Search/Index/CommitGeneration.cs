using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DirectiveSearch.Search.Index;

/// <summary>The generation (the N of segments_N) of the last commit in a folder, without opening a reader.</summary>
public static class CommitGeneration
{
    /// <summary>-1 when the folder holds no commit.</summary>
    public static long Last(string indexDirectory)
    {
        if (!System.IO.Directory.Exists(indexDirectory))
            return -1;
        using var directory = FSDirectory.Open(new DirectoryInfo(indexDirectory));
        return SegmentInfos.GetLastCommitGeneration(directory);
    }
}
