using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Graph;
using static DirectiveSearch.Core.Tests.Graph.GraphFixtures;
using static DirectiveSearch.Core.Tests.Graph.SeedWorld;

namespace DirectiveSearch.Core.Tests.Graph;

public sealed class CitationGraphTests
{
    [Fact]
    public void Has_a_node_per_directive_and_per_document_without_a_symbol()
    {
        Assert.Equal(
            [
                new GraphNode("002", GraphNodeKind.Document, "Kế hoạch “Tổ chức đợt sinh hoạt chính trị về xây dựng, chỉnh đốn Đảng”", true, "002"),
                new GraphNode("003", GraphNodeKind.Document, "Kế hoạch “tăng cường củng cố tổ chức cơ sở đảng”", true, "003"),
                new GraphNode(Kh28, GraphNodeKind.Directive, "Kế hoạch số 28-KH/ĐUK", true, "000") { Status = DirectiveStatus.InForce },
                new GraphNode(Kh49Of2021, GraphNodeKind.Directive, "49-KH/TU", false, null) { Status = DirectiveStatus.InForce },
                new GraphNode(Kh49Of2022, GraphNodeKind.Directive, "49-KH/TU", false, null) { Status = DirectiveStatus.InForce },
                new GraphNode(Kh52, GraphNodeKind.Directive, "52-KH/ĐUK", false, null) { Status = DirectiveStatus.InForce },
                new GraphNode(Kh62, GraphNodeKind.Directive, "Kế hoạch số 62-KH/ĐUK", true, "004") { Status = DirectiveStatus.InForce },
                new GraphNode(Kl01, GraphNodeKind.Directive, "01-KL/TW", false, null) { Status = DirectiveStatus.InForce },
                new GraphNode(Kl21, GraphNodeKind.Directive, "Kết luận số 21-KL/TW", true, "kl21") { Status = DirectiveStatus.InForce },
                new GraphNode(Nq21, GraphNodeKind.Directive, "21-NQ/TW", false, null) { Status = DirectiveStatus.InForce },
                new GraphNode(Qd37, GraphNodeKind.Directive, "37-QĐ/TW", false, null) { Status = DirectiveStatus.InForce },
            ],
            SeedGraph.Nodes);
    }

    [Theory]
    [InlineData("000", Kh28)]
    [InlineData(Kh28, Kh28)]
    [InlineData("kl21", Kl21)]
    [InlineData(Kl21, Kl21)]
    [InlineData("002", "002")]
    [InlineData("999", null)]
    public void Finds_a_node_by_node_id_or_document_id(string id, string? nodeId)
    {
        Assert.Equal(nodeId, SeedGraph.NodeIdOf(id));
        Assert.Equal(nodeId, SeedGraph.Node(id)?.Id);
    }

    [Fact]
    public void Merges_citations_into_one_edge_per_source_target_and_relation()
    {
        Assert.Equal(
            [
                "002 -implements-> kh-49-tu-2021 [002]",
                "002 -cites-> kl-01-tw-2021 [002]",
                "003 -implements-> nq-21-tw-2022 [003]",
                "kh-28-duk -cites-> kh-49-tu-2022 [000]",
                "kh-28-duk -implements-> kh-52-duk-2022 [000]",
                "kh-28-duk -cites-> kl-21-tw-2021 [000]", // two sentences, one edge
                "kh-49-tu-2021 -implements-> kl-01-tw-2021 [002]", // nested
                "kh-49-tu-2022 -implements-> kl-21-tw-2021 [000]", // nested
                "kh-52-duk-2022 -implements-> kh-49-tu-2022 [000]", // nested
                "kh-62-duk-2022 -implements-> kh-28-duk [004]",
                "kh-62-duk-2022 -cites-> kl-21-tw-2021 [004]",
                "kh-62-duk-2022 -cites-> qd-37-tw-2021 [004]",
            ],
            SeedGraph.Edges.Select(Show));
    }

    [Fact]
    public void Edges_from_several_documents_carry_them_all_as_evidence()
    {
        const string a = "Thực hiện Kết luận số 21-KL/TW.";
        var graph = new CitationGraph(new KnowledgeBase(
            [Record("b", a), Record("a", a)],
            [
                CitationsOf("b", null, Resolved(Cite(a, 0, "Kết luận số 21-KL/TW"), Kl21, CitationRelation.Implements)),
                CitationsOf("a", null, Resolved(Cite(a, 0, "Kết luận số 21-KL/TW"), Kl21, CitationRelation.Implements)),
            ]));

        Assert.Equal(["a -implements-> kl-21-tw-2021 [a]", "b -implements-> kl-21-tw-2021 [b]"], graph.Edges.Select(Show));
        Assert.Equal([new("a", "Kế hoạch a", [GraphRelation.Implements], 1, GraphNodeKind.Document, "a"), new GraphLink("b", "Kế hoạch b", [GraphRelation.Implements], 1, GraphNodeKind.Document, "b")], graph.CitedBy(Kl21), LinkComparer.Instance);
    }

    [Fact]
    public void A_nested_chain_through_plans_outside_the_corpus_lists_every_implementation_with_its_path()
    {
        // Seed 000: "Kế hoạch số 52-KH/ĐUK ... về thực hiện Kế hoạch số 49-KH/TU ... về thực hiện Kết luận số 21-KL/TW",
        // and plan 62 implements plan 28, which implements plan 52.
        var implementations = SeedGraph.Implementations(Kl21, transitive: true);

        Assert.Equal(
            [
                $"{Kh49Of2022} implements: {Kh49Of2022} > {Kl21} [000]",
                $"{Kh52} implements-indirectly: {Kh52} > {Kh49Of2022} > {Kl21} [000]",
                $"{Kh28} implements-indirectly: {Kh28} > {Kh52} > {Kh49Of2022} > {Kl21} [000]",
                $"{Kh62} implements-indirectly: {Kh62} > {Kh28} > {Kh52} > {Kh49Of2022} > {Kl21} [004]",
            ],
            implementations.Select(i => $"{i.Id} {i.Relation}: {string.Join(" > ", i.Path)} [{string.Join(", ", i.Evidence)}]"));
        Assert.Equal([1, 2, 3, 4], implementations.Select(i => i.Depth));
        Assert.Equal("Kế hoạch số 28-KH/ĐUK", implementations[2].Label);
        Assert.True(implementations[2].InCorpus);
        Assert.False(implementations[1].InCorpus);
    }

    [Theory]
    [InlineData(Kl21, false, new[] { Kh49Of2022 })]
    [InlineData("kl21", false, new[] { Kh49Of2022 })] // the document id of Kết luận 21
    [InlineData(Kh28, false, new[] { Kh62 })]
    [InlineData("000", true, new[] { Kh62 })]
    [InlineData(Kh49Of2021, true, new[] { "002" })]
    [InlineData(Kl01, true, new[] { Kh49Of2021, "002" })]
    [InlineData(Qd37, true, new string[0])] // cited, not implemented
    [InlineData(Kh62, true, new string[0])]
    [InlineData("kl-99-tw-2021", true, new string[0])]
    public void Lists_direct_or_transitive_implementations(string directive, bool transitive, string[] expected)
    {
        Assert.Equal(expected, SeedGraph.Implementations(directive, transitive).Select(i => i.Id));
    }

    [Fact]
    public void The_two_plans_49_KH_TU_are_two_nodes_in_two_chains()
    {
        Assert.Equal([Kh49Of2022], SeedGraph.Implementations(Kl21, transitive: false).Select(i => i.Id));
        Assert.Equal([Kh49Of2021], SeedGraph.Implementations(Kl01, transitive: false).Select(i => i.Id));
        Assert.Equal(["002"], SeedGraph.CitedBy(Kh49Of2021).Select(l => l.Id));
        Assert.Equal([Kh28, Kh52], SeedGraph.CitedBy(Kh49Of2022).Select(l => l.Id));
    }

    [Fact]
    public void Walks_cycles_once()
    {
        // Plans 10 and 11 (both in the corpus) each say they implement the other; document c implements 10.
        const string text10 = "Thực hiện Kế hoạch số 11-KH/TU.";
        const string text11 = "Thực hiện Kế hoạch số 10-KH/TU.";
        const string kh10 = "kh-10-tu-2022";
        const string kh11 = "kh-11-tu-2022";
        var graph = new CitationGraph(new KnowledgeBase(
            [Record("a", text10, symbol: "10-KH/TU"), Record("b", text11, symbol: "11-KH/TU"), Record("c", text11)],
            [
                CitationsOf("a", kh10, Resolved(Cite(text10, 0, "Kế hoạch số 11-KH/TU"), kh11, CitationRelation.Implements)),
                CitationsOf("b", kh11, Resolved(Cite(text11, 0, "Kế hoạch số 10-KH/TU"), kh10, CitationRelation.Implements)),
                CitationsOf("c", null, Resolved(Cite(text11, 0, "Kế hoạch số 10-KH/TU"), kh10, CitationRelation.Implements)),
            ]));

        Assert.Equal(["c: c > kh-10-tu-2022", "kh-11-tu-2022: kh-11-tu-2022 > kh-10-tu-2022"], graph.Implementations(kh10, true).Select(i => $"{i.Id}: {string.Join(" > ", i.Path)}"));
        Assert.Equal(["kh-10-tu-2022: kh-10-tu-2022 > kh-11-tu-2022", "c: c > kh-10-tu-2022 > kh-11-tu-2022"], graph.Implementations(kh11, true).Select(i => $"{i.Id}: {string.Join(" > ", i.Path)}"));
        Assert.Equal(["c", kh10, kh11], graph.Neighbourhood(kh10, 50, GraphDirection.Both)!.Nodes.Select(n => n.Id));
        Assert.Equal([kh10, kh11], graph.Neighbourhood(kh10, 50, GraphDirection.Out)!.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void A_document_that_cites_itself_by_number_makes_no_loop()
    {
        Assert.DoesNotContain(SeedGraph.Edges, e => e.Source == e.Target);
        Assert.DoesNotContain(SeedGraph.Edges, e => e.Target == Kh62);
    }

    public static TheoryData<string, int, GraphDirection, string[], int> Neighbourhoods => new()
    {
        { Kh49Of2022, 0, GraphDirection.Both, [Kh49Of2022], 0 },
        { Kh49Of2022, 1, GraphDirection.Out, [Kh49Of2022, Kl21], 1 },
        { Kh49Of2022, 1, GraphDirection.In, [Kh28, Kh49Of2022, Kh52], 3 }, // every edge among the nodes: 28 -> 52 too
        { Kh49Of2022, 1, GraphDirection.Both, [Kh28, Kh49Of2022, Kh52, Kl21], 5 }, // 28 -> 52, 28 -> 21 come along
        { Kh49Of2022, 2, GraphDirection.In, [Kh28, Kh49Of2022, Kh52, Kh62], 4 },
        { Kh49Of2022, 9, GraphDirection.In, [Kh28, Kh49Of2022, Kh52, Kh62], 4 },
        { Kh52, 1, GraphDirection.In, [Kh28, Kh52], 1 },
        { Kl21, 1, GraphDirection.In, [Kh28, Kh49Of2022, Kh62, Kl21], 5 },
        { Kl21, 1, GraphDirection.Out, [Kl21], 0 },
        { "kl21", 1, GraphDirection.Out, [Kl21], 0 },
        { "004", 1, GraphDirection.Out, [Kh28, Kh62, Kl21, Qd37], 4 },
        { "002", 2, GraphDirection.Out, ["002", Kh49Of2021, Kl01], 3 },
    };

    [Theory]
    [MemberData(nameof(Neighbourhoods))]
    public void Neighbourhoods_stop_at_their_depth_and_follow_their_direction(string root, int depth, GraphDirection direction, string[] nodes, int edges)
    {
        var subgraph = SeedGraph.Neighbourhood(root, depth, direction)!;

        Assert.Equal(nodes, subgraph.Nodes.Select(n => n.Id));
        Assert.Equal(edges, subgraph.Edges.Count);
        Assert.All(subgraph.Edges, e => Assert.True(nodes.Contains(e.Source) && nodes.Contains(e.Target)));
    }

    [Fact]
    public void Neighbourhood_of_an_unknown_node_is_null_and_a_negative_depth_is_refused()
    {
        Assert.Null(SeedGraph.Neighbourhood("kl-99-tw-2021", 1, GraphDirection.Both));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedGraph.Neighbourhood(Kl21, -1, GraphDirection.Both));
    }

    [Fact]
    public void Cited_by_and_cites_group_relations_and_count_documents()
    {
        Assert.Equal(
            [
                new GraphLink(Kh28, "Kế hoạch số 28-KH/ĐUK", [GraphRelation.Cites], 1, GraphNodeKind.Directive, "000"),
                new GraphLink(Kh49Of2022, "49-KH/TU", [GraphRelation.Implements], 1, GraphNodeKind.Directive, null),
                new GraphLink(Kh62, "Kế hoạch số 62-KH/ĐUK", [GraphRelation.Cites], 1, GraphNodeKind.Directive, "004"),
            ],
            SeedGraph.CitedBy(Kl21),
            LinkComparer.Instance);
        Assert.Equal(
            [
                new GraphLink(Kh49Of2022, "49-KH/TU", [GraphRelation.Cites], 1, GraphNodeKind.Directive, null),
                new GraphLink(Kh52, "52-KH/ĐUK", [GraphRelation.Implements], 1, GraphNodeKind.Directive, null),
                new GraphLink(Kl21, "Kết luận số 21-KL/TW", [GraphRelation.Cites], 1, GraphNodeKind.Directive, "kl21"),
            ],
            SeedGraph.Cites("000"),
            LinkComparer.Instance);
        Assert.Empty(SeedGraph.Cites(Kl21));
        Assert.Empty(SeedGraph.CitedBy("999"));
    }

    [Fact]
    public void A_pair_cited_in_several_relations_is_one_link_strongest_relation_first()
    {
        const string text = "Căn cứ Kết luận số 21-KL/TW. Thực hiện Kết luận số 21-KL/TW. Theo Kết luận số 21-KL/TW.";
        var graph = new CitationGraph(new KnowledgeBase(
            [Record("x", text)],
            [
                CitationsOf(
                    "x",
                    null,
                    Resolved(Cite(text, 0, "Kết luận số 21-KL/TW"), Kl21, CitationRelation.Basis),
                    Resolved(Cite(text, 1, "Kết luận số 21-KL/TW", occurrence: 1), Kl21, CitationRelation.Implements),
                    Resolved(Cite(text, 2, "Kết luận số 21-KL/TW", occurrence: 2), Kl21)),
            ]));

        Assert.Equal(["x -implements-> kl-21-tw-2021 [x]", "x -basis-> kl-21-tw-2021 [x]", "x -cites-> kl-21-tw-2021 [x]"], graph.Edges.Select(Show));
        Assert.Equal([new GraphLink("x", "Kế hoạch x", [GraphRelation.Implements, GraphRelation.Basis, GraphRelation.Cites], 1, GraphNodeKind.Document, "x")], graph.CitedBy(Kl21), LinkComparer.Instance);
    }

    [Fact]
    public void A_meeting_in_a_nested_relation_joins_each_of_its_directives()
    {
        // "Kế hoạch số 49-KH/TU ... về thực hiện kết luận, quy định của Hội nghị Trung ương 4 khóa XIII".
        const string text = "Thực hiện Kế hoạch số 49-KH/TU về thực hiện kết luận, quy định của Hội nghị Trung ương 4 khóa XIII.";
        var plan = Cite(text, 0, "Kế hoạch số 49-KH/TU", nested: [new NestedRelation(0, 1, NestedRelationKind.Implements)]);
        var meeting = Cite(text, 1, "kết luận", kind: CitationKind.Meeting);
        var graph = new CitationGraph(new KnowledgeBase(
            [Record("x", text)],
            [CitationsOf("x", null, Resolved(plan, Kh49Of2022, CitationRelation.Implements), Resolved(meeting, Kl21), Resolved(meeting, Qd37))]));

        Assert.Contains("kh-49-tu-2022 -implements-> kl-21-tw-2021 [x]", graph.Edges.Select(Show));
        Assert.Contains("kh-49-tu-2022 -implements-> qd-37-tw-2021 [x]", graph.Edges.Select(Show));
        Assert.Equal(["x"], graph.Implementations(Qd37, true).Where(i => i.Depth == 2).Select(i => i.Id));
    }

    private static string Show(GraphEdge edge) => $"{edge.Source} -{edge.Relation}-> {edge.Target} [{string.Join(", ", edge.Evidence)}]";

    /// <summary>Records compare lists by reference; links are compared by their contents.</summary>
    private sealed class LinkComparer : IEqualityComparer<GraphLink>
    {
        public static LinkComparer Instance { get; } = new();

        public bool Equals(GraphLink? x, GraphLink? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Label == y.Label && x.Count == y.Count && x.Relations.SequenceEqual(y.Relations)
            && x.Kind == y.Kind && x.DocumentId == y.DocumentId;

        public int GetHashCode(GraphLink obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
