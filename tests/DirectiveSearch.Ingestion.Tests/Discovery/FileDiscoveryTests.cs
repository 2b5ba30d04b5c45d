using System.Diagnostics;
using DirectiveSearch.Ingestion.Discovery;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Readers;

namespace DirectiveSearch.Ingestion.Tests.Discovery;

/// <summary>
/// Symbolic links are followed, each real folder walked once and each real file listed once;
/// a link loop ends the walk; dangling links and special files are rejected, not waited on.
/// </summary>
public sealed class FileDiscoveryTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("dirsearch-discovery-");

    public void Dispose() => root.Delete(recursive: true);

    private string Folder(string relative) => Directory.CreateDirectory(Path.Combine(root.FullName, relative)).FullName;

    private string File(string relative, string text = "KẾ HOẠCH")
    {
        var path = Path.Combine(root.FullName, relative);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private string Relative(string path) => Path.GetRelativePath(root.FullName, path);

    [Fact]
    public void A_link_to_a_parent_folder_ends_the_walk_instead_of_looping()
    {
        var corpus = Folder("corpus");
        Folder("corpus/a/b");
        File("corpus/a/b/ke-hoach.txt");
        Directory.CreateSymbolicLink(Path.Combine(corpus, "a", "b", "len-tren"), Path.Combine(corpus, "a"));
        Directory.CreateSymbolicLink(Path.Combine(corpus, "chinh-no"), ".");

        var (files, missing) = FileDiscovery.Find([corpus]);

        Assert.Equal(["corpus/a/b/ke-hoach.txt"], files.Select(Relative));
        Assert.Empty(missing);
    }

    [Fact]
    public void A_file_reached_by_a_link_and_by_its_own_path_is_listed_once()
    {
        var corpus = Folder("corpus");
        var original = File("corpus/goc.txt");
        System.IO.File.CreateSymbolicLink(Path.Combine(corpus, "ban-sao.txt"), original);
        Folder("corpus/con");
        System.IO.File.CreateSymbolicLink(Path.Combine(corpus, "con", "lien-ket.txt"), "../goc.txt");

        var (files, _) = FileDiscovery.Find([corpus, original]);

        // The first path in ordinal order stands for the file.
        Assert.Equal(["corpus/ban-sao.txt"], files.Select(Relative));
    }

    [Fact]
    public void Links_to_folders_and_files_elsewhere_are_followed()
    {
        var corpus = Folder("corpus");
        var archive = Folder("luu-tru/2005");
        File("luu-tru/2005/cu.txt");
        var single = File("mot-tep.txt");
        Directory.CreateSymbolicLink(Path.Combine(corpus, "2005"), archive);
        System.IO.File.CreateSymbolicLink(Path.Combine(corpus, "mot.txt"), single);

        var (files, _) = FileDiscovery.Find([corpus]);

        Assert.Equal(["corpus/2005/cu.txt", "corpus/mot.txt"], files.Select(Relative));
    }

    [Fact]
    public void A_dangling_link_is_rejected_naming_where_it_points()
    {
        var corpus = Folder("corpus");
        System.IO.File.CreateSymbolicLink(Path.Combine(corpus, "mat.txt"), Path.Combine(root.FullName, "khong-co.txt"));

        var report = new IngestRunner(ReaderCatalog.Default(), new IngestOptions(1, OcrEnabled: false)).Run([corpus]);

        var rejected = Assert.Single(report.Rejected);
        Assert.Equal($"liên kết tượng trưng trỏ tới '{Path.Combine(root.FullName, "khong-co.txt")}' nhưng tệp đó không tồn tại", rejected.Reason);
    }

    [Fact]
    public void Special_files_are_rejected_without_being_opened()
    {
        // Opening a FIFO blocks until something writes to it; /dev/zero never ends.
        var corpus = Folder("corpus");
        var fifo = Path.Combine(corpus, "ong.txt");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
            mkfifo.WaitForExit();
        System.IO.File.CreateSymbolicLink(Path.Combine(corpus, "khong-dau.txt"), "/dev/zero");
        var options = new IngestOptions(1, OcrEnabled: false) { Limits = ReadLimits.Default with { Timeout = TimeSpan.FromSeconds(5) } };

        var clock = Stopwatch.StartNew();
        var report = new IngestRunner(ReaderCatalog.Default(), options).Run([corpus]);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
        Assert.Equal(["khong-dau.txt", "ong.txt"], report.Rejected.Select(r => Path.GetFileName(r.Path)).Order(StringComparer.Ordinal));
        Assert.All(report.Rejected, rejected => Assert.Equal("tệp rỗng (0 byte)", rejected.Reason));
    }

    [Fact]
    public void Hidden_files_and_folders_are_skipped()
    {
        var corpus = Folder("corpus");
        Folder("corpus/.git");
        File("corpus/.git/HEAD.txt");
        File("corpus/.~lock.txt");
        File("corpus/that.txt");

        Assert.Equal(["corpus/that.txt"], FileDiscovery.Find([corpus]).Files.Select(Relative));
    }
}
