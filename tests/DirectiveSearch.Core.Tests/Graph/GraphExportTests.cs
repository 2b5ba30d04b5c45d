using System.Xml.Linq;
using DirectiveSearch.Core.Graph;
using static DirectiveSearch.Core.Tests.Graph.SeedWorld;

namespace DirectiveSearch.Core.Tests.Graph;

public sealed class GraphExportTests
{
    private static readonly XNamespace GraphMl = GraphExport.GraphMlNamespace;

    /// <summary>A node whose label needs every kind of escaping, and edges of each relation.</summary>
    private static readonly Subgraph Awkward = new(
        [
            new GraphNode("doc \"1\"", GraphNodeKind.Document, "Kế hoạch “Về \"nêu gương\" <&> C:\\dữ liệu”\nkhóa XIII", true, "doc \"1\""),
            new GraphNode(Kl21, GraphNodeKind.Directive, "21-KL/TW", false, null),
            new GraphNode(Qd37, GraphNodeKind.Directive, "37-QĐ/TW", false, null),
            new GraphNode(Kh28, GraphNodeKind.Directive, "Kế hoạch số 28-KH/ĐUK", true, "000"),
        ],
        [
            new GraphEdge("doc \"1\"", Kh28, GraphRelation.Basis, ["doc \"1\""]),
            new GraphEdge("doc \"1\"", Kl21, GraphRelation.Implements, ["doc \"1\"", "x|y"]),
            new GraphEdge("doc \"1\"", Qd37, GraphRelation.Cites, ["doc \"1\""]),
        ]);

    [Fact]
    public void Dot_quotes_ids_and_escapes_labels()
    {
        var dot = GraphExport.ToDot(Awkward);

        Assert.Contains("  \"doc \\\"1\\\"\" [label=\"Kế hoạch “Về \\\"nêu gương\\\" <&> C:\\\\dữ liệu”\\nkhóa XIII\", shape=box, style=\"filled\", fillcolor=\"#dbe8f7\"];\n", dot);
        Assert.Contains("  \"kl-21-tw-2021\" [label=\"21-KL/TW\", shape=ellipse];\n", dot);
        Assert.Contains("  \"kh-28-duk\" [label=\"Kế hoạch số 28-KH/ĐUK\", shape=ellipse, style=\"filled\", fillcolor=\"#dbe8f7\"];\n", dot);
        Assert.Contains("  \"doc \\\"1\\\"\" -> \"kl-21-tw-2021\" [label=\"implements\", style=bold, tooltip=\"doc \\\"1\\\", x|y\"];\n", dot);
        Assert.Contains("-> \"kh-28-duk\" [label=\"basis\", style=dashed,", dot);
        Assert.Contains("-> \"qd-37-tw-2021\" [label=\"cites\", style=dotted,", dot);
    }

    [Fact]
    public void Dot_is_one_balanced_digraph_with_a_statement_per_node_and_edge()
    {
        var graph = SeedGraph.All();
        var dot = GraphExport.ToDot(graph);

        var statements = DotStatements(dot);

        Assert.StartsWith("digraph \"citations\" {\n", dot, StringComparison.Ordinal);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
        Assert.Equal(graph.Nodes.Count, statements.Count(s => s.Contains("shape=", StringComparison.Ordinal)));
        Assert.Equal(graph.Edges.Count, statements.Count(s => s.Contains(" -> ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("Đảng ủy Khối", "\"Đảng ủy Khối\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("ends with \\", "\"ends with \\\\\"")]
    [InlineData("two\r\nlines", "\"two\\nlines\"")]
    [InlineData("tab\there\u000B", "\"tabhere\"")]
    [InlineData("", "\"\"")]
    public void Dot_strings_escape_quotes_backslashes_and_breaks(string text, string expected)
    {
        Assert.Equal(expected, GraphExport.DotString(text));
    }

    [Fact]
    public void GraphMl_parses_and_declares_every_key_it_uses()
    {
        var graph = SeedGraph.All();
        var document = XDocument.Parse(GraphExport.ToGraphMl(graph));

        var root = document.Root!;
        Assert.Equal(GraphMl + "graphml", root.Name);
        var keys = root.Elements(GraphMl + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        Assert.Equal(
            new Dictionary<string, string> { ["label"] = "node", ["kind"] = "node", ["inCorpus"] = "node", ["documentId"] = "node", ["status"] = "node", ["relation"] = "edge", ["evidence"] = "edge" },
            keys);
        var body = root.Element(GraphMl + "graph")!;
        Assert.Equal("directed", (string)body.Attribute("edgedefault")!);
        var nodes = body.Elements(GraphMl + "node").ToList();
        var edges = body.Elements(GraphMl + "edge").ToList();
        Assert.Equal(graph.Nodes.Count, nodes.Count);
        Assert.Equal(graph.Edges.Count, edges.Count);
        Assert.All(body.Descendants(GraphMl + "data"), d => Assert.Equal(d.Parent!.Name.LocalName, keys[(string)d.Attribute("key")!]));
        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(edges, e => Assert.True(ids.Contains((string)e.Attribute("source")!) && ids.Contains((string)e.Attribute("target")!)));
        Assert.Equal(edges.Count, edges.Select(e => (string)e.Attribute("id")!).Distinct().Count());
    }

    [Fact]
    public void GraphMl_keeps_awkward_text_exactly()
    {
        var document = XDocument.Parse(GraphExport.ToGraphMl(Awkward));

        var node = document.Descendants(GraphMl + "node").First();
        Assert.Equal("doc \"1\"", (string)node.Attribute("id")!);
        Assert.Equal(Awkward.Nodes[0].Label, Data(node, "label"));
        Assert.Equal("document", Data(node, "kind"));
        Assert.Equal("true", Data(node, "inCorpus"));
        var cited = document.Descendants(GraphMl + "node").Single(n => (string)n.Attribute("id")! == Kl21);
        Assert.Equal("false", Data(cited, "inCorpus"));
        Assert.Null(cited.Elements(GraphMl + "data").SingleOrDefault(d => (string)d.Attribute("key")! == "documentId"));
        var implements = document.Descendants(GraphMl + "edge").Single(e => (string)e.Attribute("target")! == Kl21);
        Assert.Equal("implements", Data(implements, "relation"));
        Assert.Equal("doc \"1\"|x|y", Data(implements, "evidence"));
    }

    [Fact]
    public void GraphMl_drops_characters_xml_cannot_hold()
    {
        var graph = new Subgraph([new GraphNode("a", GraphNodeKind.Document, "x\u000By\u0001z 𝔸", true, "a")], []);

        var document = XDocument.Parse(GraphExport.ToGraphMl(graph));

        Assert.Equal("xyz 𝔸", Data(document.Descendants(GraphMl + "node").Single(), "label"));
    }

    [Fact]
    public void Exports_are_deterministic()
    {
        Assert.Equal(GraphExport.ToGraphMl(SeedGraph.All()), GraphExport.ToGraphMl(new CitationGraph(new(Records, AllCitations)).All()));
        Assert.Equal(GraphExport.ToDot(SeedGraph.All()), GraphExport.ToDot(new CitationGraph(new(Records.Reverse().ToList(), AllCitations.Reverse().ToList())).All()));
    }

    private static string Data(XElement element, string key) =>
        element.Elements(GraphMl + "data").Single(d => (string)d.Attribute("key")! == key).Value;

    /// <summary>
    /// Splits DOT into statements at ';' outside quoted strings, failing on an unterminated string or unbalanced
    /// braces or brackets: the lexical rules Graphviz applies to quoted ids (only \" escapes the quote).
    /// </summary>
    private static List<string> DotStatements(string dot)
    {
        var statements = new List<string>();
        var current = new System.Text.StringBuilder();
        var inString = false;
        var depth = 0;
        for (var i = 0; i < dot.Length; i++)
        {
            var c = dot[i];
            current.Append(c);
            if (inString)
            {
                if (c == '\\' && i + 1 < dot.Length)
                    current.Append(dot[++i]);
                else if (c == '"')
                    inString = false;
                else
                    Assert.NotEqual('\n', c);
                continue;
            }

            switch (c)
            {
                case '"': inString = true; break;
                case '{' or '[': depth++; break;
                case '}' or ']': depth--; Assert.True(depth >= 0); break;
                case ';':
                    statements.Add(current.ToString().Trim());
                    current.Clear();
                    break;
            }
        }

        Assert.False(inString);
        Assert.Equal(0, depth);
        return statements;
    }
}
