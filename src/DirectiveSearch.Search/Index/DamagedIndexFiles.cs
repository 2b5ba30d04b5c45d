using System.Globalization;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// Makes room for a rebuild of a damaged index without deleting anything: Lucene's files move to a
/// <c>damaged-&lt;time&gt;</c> folder inside the index, where someone can still look at them; <c>uploads/</c> stays.
/// </summary>
public static class DamagedIndexFiles
{
    /// <summary>Moves the files and returns the folder they are in now.</summary>
    public static string MoveAside(string indexDirectory)
    {
        var folder = Path.GetFullPath(indexDirectory);
        var aside = Path.Combine(folder, "damaged-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(aside);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(file);
            if (IndexCheck.IsLuceneFile(name) || name == "write.lock")
                File.Move(file, Path.Combine(aside, name));
        }

        return aside;
    }
}
