using DirectiveSearch.Core.Citations.Resolve;
using DirectiveSearch.Core.Graph;
using DirectiveSearch.Core.Tests.Citations;
using DirectiveSearch.Core.Text;

namespace DirectiveSearch.Core.Tests.Graph;

/// <summary>
/// Each directive's status with its evidence, from real documents of ../shared/bench/vbpl:
/// doc_000632 "Sửa đổi, bổ sung một số điều của Thông tư số 09/2025/TT-BCT ..." (amended);
/// doc_000460 "2. Nghị định này thay thế Nghị định số 39/2025/NĐ-CP ngày 26 tháng 02 năm 2025 ..." (replaced);
/// doc_000098 "Thay thế một số cụm từ; bãi bỏ một số điều, điểm, khoản thuộc Điều của Nghị định số 193/2025/NĐ-CP ..." besides
/// "Sửa đổi, bổ sung một số điều của Nghị định số 193/2025/NĐ-CP" (partly repealed, and amended);
/// doc_000015 "2. Luật Bảo hiểm tiền gửi số 06/2012/QH13 hết hiệu lực thi hành từ ngày Luật này có hiệu lực thi hành" (repealed).
/// </summary>
public sealed class BenchStatusTests
{
    private static readonly string[] Files = ["doc_000015.txt", "doc_000098.txt", "doc_000460.txt", "doc_000632.txt"];

    [BenchFact("vbpl")]
    public void Amended_replaced_partly_repealed_and_repealed_texts_carry_the_acting_document_and_its_sentence()
    {
        var knowledge = Knowledge();

        var amended = knowledge.Directive("tt-09-bct-2025")!.Status;
        Assert.Equal(DirectiveStatus.Amended, amended.State);
        var amending = Assert.Single(amended.Evidence);
        Assert.Equal(("tt-54-bct-2025", "doc_000632.txt"), (amending.Id, amending.DocumentId));
        Assert.StartsWith("Sửa đổi, bổ sung một số điều của Thông tư số 09/2025/TT-BCT", amending.Sentence, StringComparison.Ordinal);
        Assert.Equal("còn hiệu lực, đã được sửa đổi, bổ sung bởi Thông tư số 54/2025/TT-BCT", amended.Text);

        var replaced = knowledge.Directive("nd-39-cp-2025")!.Status;
        Assert.Equal(DirectiveStatus.Replaced, replaced.State);
        Assert.Contains(replaced.Evidence, e => e.DocumentId == "doc_000460.txt" && e.Sentence.StartsWith("2. Nghị định này thay thế Nghị định số 39/2025/NĐ-CP", StringComparison.Ordinal));
        Assert.StartsWith("hết hiệu lực: bị thay thế bởi ", replaced.Text, StringComparison.Ordinal);

        // A partial repeal outranks the amendment the same decree makes; both stay as evidence.
        var partly = knowledge.Directive("nd-193-cp-2025")!.Status;
        Assert.Equal(DirectiveStatus.PartlyRepealed, partly.State);
        Assert.Equal([GraphRelation.RepealsInPart, GraphRelation.Amends], partly.Evidence.Select(e => e.Relation).Distinct());

        var repealed = knowledge.Directive("luat-06-qh13-2012")!.Status;
        Assert.Equal(DirectiveStatus.Repealed, repealed.State);
        Assert.Contains("Luật Bảo hiểm tiền gửi số 06/2012/QH13 hết hiệu lực", Assert.Single(repealed.Evidence).Sentence, StringComparison.Ordinal);

        // The acting documents themselves are in force as far as the archive knows; status= picks each state.
        Assert.Equal(DirectiveStatus.InForce, knowledge.Directive("tt-54-bct-2025")!.Status.State);
        Assert.Empty(knowledge.Directive("tt-54-bct-2025")!.Status.Evidence);
        var replacedOnly = knowledge.Search(new DirectiveQuery(Status: DirectiveStatus.Replaced, Limit: 500)).Items;
        Assert.Contains(replacedOnly, d => d.Id == "nd-39-cp-2025");
        Assert.All(replacedOnly, d => Assert.Equal(DirectiveStatus.Replaced, d.Status.State));
        Assert.DoesNotContain(knowledge.Search(new DirectiveQuery(Status: DirectiveStatus.InForce, Limit: 500)).Items, d => d.Id == "tt-09-bct-2025");

        // The graph carries the state on each directive node, for exports.
        var graph = new CitationGraph(knowledge);
        Assert.Equal(DirectiveStatus.Repealed, graph.Node("luat-06-qh13-2012")!.Status);
        Assert.Contains("<data key=\"status\">partly-repealed</data>", GraphExport.ToGraphMl(graph.All()), StringComparison.Ordinal);
    }

    private static KnowledgeBase Knowledge()
    {
        var records = CitationTestFiles.VbplRecords(Files);
        return new KnowledgeBase(records, new CorpusCitationResolver().Resolve(records));
    }
}
