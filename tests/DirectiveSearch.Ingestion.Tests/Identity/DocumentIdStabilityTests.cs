using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Readers;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Ingestion.Tests.Identity;

/// <summary>
/// An id, once given, stays with its document: whatever files are added, removed, renamed or moved, and whatever order
/// they are found in. Real files, a real index in a temp folder.
/// </summary>
public sealed class DocumentIdStabilityTests : IDisposable
{
    private const string Seed = "002_f40361709d858c1f";
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("dirsearch-ids-");
    private readonly IndexBuilder builder = new(ReaderCatalog.Default(), new IngestOptions(Workers: 2, OcrEnabled: false));

    public void Dispose() => root.Delete(recursive: true);

    private string Index => Path.Combine(root.FullName, "index");

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(root.FullName, name)).FullName;

    private static void Put(string folder, string seedExtension, string asName) =>
        File.Copy(RepositoryFiles.Seed(Seed[..3], seedExtension), Path.Combine(folder, asName));

    private IngestReport Ingest(params string[] paths) => builder.Build(Index, paths).Report;

    /// <summary>The id of the one document holding a file named <paramref name="fileName"/>, read back from the committed index.</summary>
    private string IdHolding(string fileName)
    {
        using var index = DocumentIndex.Open(Index);
        return index.Records().Single(r => r.Sources.Any(s => Path.GetFileName(s.Path) == fileName)).Id;
    }

    [Fact]
    public void A_rendition_whose_name_sorts_first_joins_the_document_without_changing_its_id()
    {
        var corpus = Folder("kho");
        Put(corpus, ".txt", "ke-hoach.txt");
        Put(corpus, ".pdf", "ke-hoach.pdf");
        Assert.Equal("ke-hoach", Assert.Single(Ingest(corpus).Documents).Id);

        Put(corpus, ".docx", "000-ban-word.docx");
        var report = Ingest(corpus);

        var document = Assert.Single(report.Documents);
        Assert.Equal("ke-hoach", document.Id);
        Assert.Equal(3, document.Sources.Count);
        Assert.Equal("ke-hoach", IdHolding("000-ban-word.docx"));
    }

    [Fact]
    public void The_same_text_with_one_more_line_joins_as_a_rendition_and_keeps_the_id()
    {
        var corpus = Folder("kho");
        Put(corpus, ".docx", "ke-hoach.docx");
        Ingest(corpus);

        var text = File.ReadAllText(RepositoryFiles.Seed(Seed[..3], ".txt"));
        File.WriteAllText(Path.Combine(corpus, "0-ban-sao.txt"), text + "\nBản sao gửi kèm công văn.\n");
        var document = Assert.Single(Ingest(corpus).Documents);

        Assert.Equal("ke-hoach", document.Id);
        Assert.Equal(2, document.Sources.Count);
    }

    [Fact]
    public void Removing_the_file_that_gave_the_id_keeps_the_id_while_other_renditions_remain()
    {
        var corpus = Folder("kho");
        Put(corpus, ".docx", "a-ban-goc.docx");
        Put(corpus, ".pdf", "b-ban-in.pdf");
        Put(corpus, ".txt", "c-ban-chu.txt");
        Assert.Equal("a-ban-goc", Assert.Single(Ingest(corpus).Documents).Id);

        File.Delete(Path.Combine(corpus, "a-ban-goc.docx"));
        var document = Assert.Single(Ingest(corpus).Documents);

        Assert.Equal("a-ban-goc", document.Id);
        Assert.Equal(["b-ban-in.pdf", "c-ban-chu.txt"], document.Sources.Select(s => Path.GetFileName(s.Path)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_renamed_corpus_folder_and_files_found_in_another_order_keep_every_id()
    {
        var corpus = Folder("kho-cu");
        foreach (var seed in new[] { "000", "003", "004" })
        {
            File.Copy(RepositoryFiles.Seed(seed, ".txt"), Path.Combine(corpus, $"{seed}.txt"));
            File.Copy(RepositoryFiles.Seed(seed, ".pdf"), Path.Combine(corpus, $"{seed}.pdf"));
        }

        var before = Ingest(corpus).Documents.ToDictionary(d => d.Sources.First(s => s.Format == "txt").ContentHash, d => d.Id);
        var renamed = Path.Combine(root.FullName, "kho-moi");
        Directory.Move(corpus, renamed);
        // The files given one by one, last first: paths, names and order all differ from the first run.
        foreach (var seed in new[] { "000", "003", "004" })
        {
            File.Move(Path.Combine(renamed, $"{seed}.txt"), Path.Combine(renamed, $"zz-{seed}.txt"));
            File.Move(Path.Combine(renamed, $"{seed}.pdf"), Path.Combine(renamed, $"0-{seed}.pdf"));
        }

        var after = Ingest([.. Directory.GetFiles(renamed).OrderDescending(StringComparer.Ordinal)]).Documents;

        Assert.Equal(3, after.Count);
        Assert.All(after, d => Assert.Equal(before[d.Sources.First(s => s.Format == "txt").ContentHash], d.Id));
        Assert.All(after, d => Assert.All(d.Sources, s => Assert.StartsWith(renamed, s.Path, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_removed_documents_id_is_reported_removed_and_never_given_to_another_document()
    {
        var corpus = Folder("kho");
        Put(corpus, ".txt", "ke-hoach.txt");
        Ingest(corpus);

        File.Delete(Path.Combine(corpus, "ke-hoach.txt"));
        // Another plan under the same file name: a new document, so a new id, not the removed one.
        File.Copy(RepositoryFiles.Seed("003", ".txt"), Path.Combine(corpus, "ke-hoach.txt"));
        var document = Assert.Single(Ingest(corpus).Documents);

        Assert.Equal("ke-hoach-2", document.Id);
        using var index = DocumentIndex.Open(Index);
        Assert.Null(index.Find("ke-hoach"));
        Assert.True(index.WasRemoved("ke-hoach"));
        Assert.False(index.WasRemoved("ke-hoach-2"));
        Assert.False(index.WasRemoved("khong-co"));
    }

    [Fact]
    public void Files_of_a_removed_document_added_again_get_its_id_back()
    {
        var corpus = Folder("kho");
        Put(corpus, ".txt", "ke-hoach.txt");
        Ingest(corpus);
        File.Delete(Path.Combine(corpus, "ke-hoach.txt"));
        File.Copy(RepositoryFiles.Seed("003", ".txt"), Path.Combine(corpus, "khac.txt"));
        Ingest(corpus);

        Put(corpus, ".txt", "tra-lai.txt");
        var documents = Ingest(corpus).Documents;

        Assert.Equal(["ke-hoach", "khac"], documents.Select(d => d.Id).Order(StringComparer.Ordinal));
        using var index = DocumentIndex.Open(Index);
        Assert.False(index.WasRemoved("ke-hoach"));
    }
}
