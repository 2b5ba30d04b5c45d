using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Ingestion.Pipeline;
using DirectiveSearch.Readers;
using DirectiveSearch.Search.Index;

namespace DirectiveSearch.Ingestion.Tests.Identity;

/// <summary>
/// The five seed plans in their .txt, .docx and .pdf, and for each a province → district → commune cascade of copies
/// (<see cref="CascadeCorpus"/>): 15 seed files and 20 copies in one real index.
/// </summary>
public sealed class CascadeFixture : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("dirsearch-cascade-");

    public CascadeFixture()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(root.FullName, "kho")).FullName;
        var copies = new List<WrittenCopy>();
        var seeds = new[] { "000", "001", "002", "003", "004" };
        for (var n = 0; n < seeds.Length; n++)
        {
            foreach (var extension in new[] { ".txt", ".docx", ".pdf" })
                File.Copy(RepositoryFiles.Seed(seeds[n], extension), Path.Combine(corpus, Path.GetFileName(RepositoryFiles.Seed(seeds[n], extension))));
            var text = RepositoryFiles.Seed(seeds[n], ".txt");
            copies.AddRange(CascadeCorpus.Write(corpus, Path.GetFileNameWithoutExtension(text), text, n));
        }

        Copies = copies;
        IndexDirectory = Path.Combine(root.FullName, "index");
        Report = new IndexBuilder(ReaderCatalog.Default(), new IngestOptions(Workers: 2, OcrEnabled: false)).Build(IndexDirectory, [corpus]).Report;
        Index = DocumentIndex.Open(IndexDirectory);
    }

    public IReadOnlyList<WrittenCopy> Copies { get; }

    public string IndexDirectory { get; }

    public IngestReport Report { get; }

    public DocumentIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        root.Delete(recursive: true);
    }
}

public sealed class CascadeCopiesTests(CascadeFixture cascade) : IClassFixture<CascadeFixture>
{
    private DocumentRecord RecordOf(string path) =>
        Assert.Single(cascade.Report.Documents, d => d.Sources.Any(s => Path.GetFileName(s.Path) == Path.GetFileName(path)));

    [Fact]
    public void Every_copy_is_a_document_of_its_own_with_its_own_header()
    {
        Assert.Equal(5 + cascade.Copies.Count, cascade.Report.Documents.Count);
        foreach (var copy in cascade.Copies)
        {
            var record = RecordOf(copy.Path);
            Assert.Single(record.Sources);
            Assert.Equal(copy.Header.Symbol, record.Symbol);
            // The issuer is the body in words ("Huyện ủy Xuân Trường"); the header line stays as printed.
            Assert.Equal(copy.Header.Issuer, record.Issuer?.ToUpperInvariant());
            Assert.Contains(copy.Header.Issuer, record.IssuerLines);
            Assert.Equal(copy.Header.Date, record.Date);
            Assert.Equal(copy.Header.SignerName, record.Signer?.Name);
        }
    }

    [Fact]
    public void Each_seeds_renditions_are_one_document_that_keeps_its_own_symbol()
    {
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            var record = RecordOf(RepositoryFiles.Seed(seed, ".docx"));
            Assert.Equal(["docx", "pdf", "txt"], record.Sources.Select(s => s.Format).Order(StringComparer.Ordinal));
            Assert.DoesNotContain(cascade.Copies, c => c.Header.Symbol == record.Symbol);
        }

        Assert.Equal(5, cascade.Report.Merges.Count);
        Assert.All(cascade.Report.Merges, m => Assert.Equal(3, m.Files.Count));
    }

    [Fact]
    public void The_directive_a_seed_implements_lists_the_seed_and_every_copy_of_it()
    {
        var graph = cascade.Index.Graph;
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            var original = RecordOf(RepositoryFiles.Seed(seed, ".docx"));
            var implemented = cascade.Index.CitationsOf(original.Id)!.Citations
                .First(c => c.Relation == CitationRelation.Implements && c.Target is not null).Target!;
            var implementations = graph.Implementations(implemented, transitive: true).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);

            var family = cascade.Copies.Where(c => Path.GetFileName(c.Path).StartsWith(seed, StringComparison.Ordinal)).Select(c => RecordOf(c.Path)).Prepend(original);
            foreach (var record in family)
            {
                // A plan without a number (seed 001) is its own node, under its document id.
                var node = cascade.Index.CitationsOf(record.Id)!.Identity ?? record.Id;
                Assert.True(implementations.Contains(node), $"{node} ({record.Symbol}) is not among the implementations of {implemented}: {string.Join(", ", implementations)}");
            }
        }
    }

    [Fact]
    public void Copies_list_each_other_as_similar_with_their_share_and_never_themselves()
    {
        foreach (var copy in cascade.Copies)
        {
            var record = cascade.Index.Details(RecordOf(copy.Path).Id)!;
            var parent = RecordOf(copy.Parent);
            var listed = Assert.Single(record.Similar, s => s.Id == parent.Id);
            Assert.InRange(listed.Resemblance, 0.5, 1.0);
            Assert.Equal(parent.Symbol, listed.Symbol);
            Assert.DoesNotContain(record.Similar, s => s.Id == record.Id);
            // And the other way round: the parent names the copy.
            Assert.Contains(cascade.Index.Details(parent.Id)!.Similar, s => s.Id == record.Id);
        }
    }
}
