using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Graph;
using DirectiveSearch.Core.Tests.Citations;
using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Tests.Graph;

/// <summary>
/// Who depends on a directive, on real documents of ../shared/bench/vbpl: doc_000632 is Thông tư 54/2025/TT-BCT,
/// "Sửa đổi, bổ sung một số điều của Thông tư số 09/2025/TT-BCT ngày 01 tháng 02 năm 2025 của Bộ trưởng Bộ Công
/// Thương ..."; doc_000001, doc_000004 and doc_000006 begin "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15".
/// </summary>
public sealed class BenchDependantsTests
{
    private static readonly string[] Files = ["doc_000001.txt", "doc_000004.txt", "doc_000006.txt", "doc_000632.txt"];

    [BenchFact("vbpl")]
    public void What_amends_a_circular_and_what_is_based_on_a_law_are_answered_by_relation()
    {
        var graph = Graph();

        var amending = Assert.Single(graph.Dependants("tt-09-bct-2025", GraphRelation.Amends));
        Assert.Equal("tt-54-bct-2025", amending.Id);
        Assert.Equal([GraphRelation.Amends], amending.Relations);
        Assert.Equal(["doc_000632.txt"], amending.Evidence);
        Assert.StartsWith("Sửa đổi, bổ sung một số điều của Thông tư số 09/2025/TT-BCT", amending.Title, StringComparison.Ordinal);
        // The amending circular is not "implementing" it: implementations stays empty, dependants is the answer.
        Assert.Empty(graph.Implementations("tt-09-bct-2025", transitive: false));
        Assert.Empty(graph.Dependants("tt-09-bct-2025", GraphRelation.Basis));

        var based = graph.Dependants("luat-63-qh15-2025", GraphRelation.Basis);
        Assert.Equal(3, based.Count);
        Assert.All(based, d => Assert.Equal([GraphRelation.Basis], d.Relations));
        Assert.Equal(based.Select(d => d.Date).OrderDescending(), based.Select(d => d.Date));
        // Without a relation every dependant is listed with all its relations: those it lists as based on the law are
        // exactly the three the filter gives.
        var all = graph.Dependants("luat-63-qh15-2025");
        Assert.Equal(based.Select(d => d.Id).Order(), all.Where(d => d.Relations.Contains(GraphRelation.Basis)).Select(d => d.Id).Order());
        Assert.Empty(graph.Dependants("no-such-directive"));
    }

    private static CitationGraph Graph()
    {
        var records = CitationTestFiles.VbplRecords(Files);
        return new CitationGraph(new KnowledgeBase(records, new CorpusCitationResolver().Resolve(records)));
    }
}
