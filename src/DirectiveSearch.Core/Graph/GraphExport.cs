using System.Text;
using System.Xml;

namespace DirectiveSearch.Core.Graph;

/// <summary>
/// A subgraph as Graphviz DOT (to draw) or GraphML (for Gephi, yEd, Cytoscape, NetworkX). Documents are
/// boxes and directives ellipses; what the corpus holds is filled. Implements edges are bold, basis dashed,
/// cites dotted. Output follows the subgraph's order, so the same graph gives the same bytes.
/// </summary>
public static class GraphExport
{
    public const string GraphMlNamespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>A directed Graphviz graph; ids and labels quoted and escaped, UTF-8 text kept as it is.</summary>
    public static string ToDot(Subgraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var dot = new StringBuilder();
        dot.Append("digraph \"citations\" {\n");
        dot.Append("  graph [charset=\"UTF-8\", rankdir=\"LR\"];\n");
        dot.Append("  node [fontname=\"Helvetica\"];\n");
        dot.Append("  edge [fontname=\"Helvetica\", fontsize=\"10\"];\n");
        foreach (var node in graph.Nodes)
        {
            var shape = node.Kind == GraphNodeKind.Document ? "box" : "ellipse";
            dot.Append("  ").Append(DotString(node.Id))
                .Append(" [label=").Append(DotString(node.Label))
                .Append(", shape=").Append(shape);
            if (node.InCorpus)
                dot.Append(", style=\"filled\", fillcolor=\"#dbe8f7\"");
            dot.Append("];\n");
        }

        foreach (var edge in graph.Edges)
        {
            var style = edge.Relation switch
            {
                GraphRelation.Implements => "bold",
                GraphRelation.Basis => "dashed",
                _ => "dotted",
            };
            dot.Append("  ").Append(DotString(edge.Source)).Append(" -> ").Append(DotString(edge.Target))
                .Append(" [label=").Append(DotString(edge.Relation))
                .Append(", style=").Append(style)
                .Append(", tooltip=").Append(DotString(string.Join(", ", edge.Evidence)))
                .Append("];\n");
        }

        dot.Append("}\n");
        return dot.ToString();
    }

    /// <summary>
    /// GraphML with keys label, kind, inCorpus, documentId (nodes) and relation, evidence (edges). Evidence lists
    /// document ids separated by "|", a character file names (hence document ids) cannot hold on Windows.
    /// </summary>
    public static string ToGraphMl(Subgraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var stream = new MemoryStream();
        WriteGraphMl(graph, stream);
        return new UTF8Encoding(false).GetString(stream.ToArray());
    }

    /// <summary>Writes <see cref="ToGraphMl"/>'s document to <paramref name="stream"/> as UTF-8 without a byte order mark.</summary>
    public static void WriteGraphMl(Subgraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", GraphMlNamespace);
        Key(xml, "label", "node", "string");
        Key(xml, "kind", "node", "string");
        Key(xml, "inCorpus", "node", "boolean");
        Key(xml, "documentId", "node", "string");
        Key(xml, "status", "node", "string");
        Key(xml, "relation", "edge", "string");
        Key(xml, "evidence", "edge", "string");

        xml.WriteStartElement("graph", GraphMlNamespace);
        xml.WriteAttributeString("id", "citations");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", GraphMlNamespace);
            xml.WriteAttributeString("id", XmlSafe(node.Id));
            Data(xml, "label", node.Label);
            Data(xml, "kind", node.Kind);
            Data(xml, "inCorpus", node.InCorpus ? "true" : "false");
            if (node.DocumentId is not null)
                Data(xml, "documentId", node.DocumentId);
            if (node.Status is not null)
                Data(xml, "status", node.Status);
            xml.WriteEndElement();
        }

        var number = 0;
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", GraphMlNamespace);
            xml.WriteAttributeString("id", "e" + number++.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", XmlSafe(edge.Source));
            xml.WriteAttributeString("target", XmlSafe(edge.Target));
            Data(xml, "relation", edge.Relation);
            Data(xml, "evidence", string.Join('|', edge.Evidence));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>
    /// A DOT double-quoted string. Inside quotes only \" is an escape for the lexer, but Graphviz reads
    /// backslash sequences in labels (\n, \l, \N for the node name), so a backslash is doubled; line breaks
    /// become \n and other control characters are dropped.
    /// </summary>
    public static string DotString(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': break;
                default:
                    if (!char.IsControl(c))
                        builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static void Key(XmlWriter xml, string id, string domain, string type)
    {
        xml.WriteStartElement("key", GraphMlNamespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", id);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", GraphMlNamespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlSafe(value));
        xml.WriteEndElement();
    }

    /// <summary>Text from converted files can hold characters XML 1.0 forbids (a stray U+000B from Word): dropped.</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
            return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
                builder.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
                builder.Append(text[i]).Append(text[++i]);
        }

        return builder.ToString();
    }
}
