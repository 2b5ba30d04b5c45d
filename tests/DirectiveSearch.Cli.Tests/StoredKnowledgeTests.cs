using DirectiveSearch.Bench.Archive;
using DirectiveSearch.Core.Graph;
using DirectiveSearch.Search.Index;
using DirectiveSearch.Server.Contracts;

namespace DirectiveSearch.Cli.Tests;

/// <summary>
/// The knowledge-base commands read a directive's documents per question (<see cref="StoredKnowledge"/>) instead of
/// building the graph from every record: on a generated archive with plans implementing plans through district and
/// commune chains, every directive's entry, implementations (direct and through chains), quotes and neighbourhood are
/// what the whole graph gives, and "dirsearch directive" prints the same.
/// </summary>
public sealed class StoredKnowledgeTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("dirsearch-stored-knowledge-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void Every_directive_answers_as_the_whole_graph_does()
    {
        var archive = Path.Combine(work.FullName, "archive");
        var indexFolder = Path.Combine(work.FullName, "index");
        ArchiveGenerator.Generate(new ArchiveSettings(160, archive, 3, ["txt"]));
        var ingest = CliRun.Of("ingest", archive, "--index", indexFolder, "--no-ocr");
        Assert.True(ingest.ExitCode == 0, ingest.Error);

        using var index = DocumentIndex.Open(indexFolder);
        var whole = index.Graph;
        var chains = 0;
        Assert.NotEmpty(whole.Knowledge.Directives);
        foreach (var directive in whole.Knowledge.Directives)
        {
            var id = directive.Id;
            var around = index.Knowledge.Around(id);
            Assert.Equal(ApiJson.Serialize(DirectiveDetails.Of(whole.Knowledge.Directive(id)!, whole)), ApiJson.Serialize(DirectiveDetails.Of(around.Knowledge.Directive(id)!, around)));
            Assert.Equal(ApiJson.Serialize(whole.Implementations(id, false)), ApiJson.Serialize(around.Implementations(id, false)));
            Assert.Equal(ApiJson.Serialize(new QuoteFinder(whole.Knowledge).For(id)), ApiJson.Serialize(new QuoteFinder(around.Knowledge).For(id)));
            var transitive = whole.Implementations(id, true);
            chains += transitive.Count(i => i.Relation == GraphRelation.ImplementsIndirectly);
            Assert.Equal(ApiJson.Serialize(transitive), ApiJson.Serialize(index.Knowledge.ForImplementations(id, true).Implementations(id, true)));
            Assert.Equal(ApiJson.Serialize(whole.Neighbourhood(id, 2, GraphDirection.Both)), ApiJson.Serialize(index.Knowledge.ForNeighbourhood(id, 2, GraphDirection.Both).Neighbourhood(id, 2, GraphDirection.Both)));
        }

        // The archive has plans implementing a directive through other plans, so the chains were compared too.
        Assert.True(chains > 0);
        Assert.Equal(ApiJson.Serialize(whole.Knowledge.Search(new DirectiveQuery(Limit: 50))), ApiJson.Serialize(index.Knowledge.Directory.Search(new DirectiveQuery(Limit: 50))));
        var busiest = whole.Knowledge.Directives.MaxBy(d => d.CitedByCount)!;
        var run = CliRun.Of("directive", busiest.Id, "--json", "--index", indexFolder);
        Assert.Equal(ApiJson.Serialize(DirectiveResolution.Of(busiest.Id, whole)), run.Output.TrimEnd());
        Assert.Equal(ApiJson.Serialize(DirectiveResolution.Of("KL 99999", whole)), ApiJson.Serialize(DirectiveResolution.Of("KL 99999", index.Knowledge.Around("KL 99999"))));
    }

    [Fact]
    public void A_segment_is_verified_once_and_again_when_its_file_changes()
    {
        var indexFolder = Path.Combine(work.FullName, "index");
        var corpus = Path.Combine(work.FullName, "corpus");
        Dirsearch.CopySeedCorpus(corpus);
        Assert.Equal(0, CliRun.Of("ingest", corpus, "--index", indexFolder, "--no-ocr").ExitCode);
        var record = Path.Combine(indexFolder, IndexCheck.VerifiedFile);
        Assert.True(File.Exists(record), "ingest records the segments it verified");

        // Random bytes written into a verified compound file change its time: the next open verifies it again and refuses it.
        var compound = Directory.GetFiles(indexFolder, "_*.cfs").OrderByDescending(f => new FileInfo(f).Length).First();
        using (var stream = new FileStream(compound, FileMode.Open, FileAccess.Write))
        {
            stream.Position = stream.Length / 2;
            stream.Write(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
        }

        Assert.Throws<DamagedIndexException>(() => IndexCheck.Verify(indexFolder));
    }
}
