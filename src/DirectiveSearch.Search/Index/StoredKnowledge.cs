using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Graph;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// The knowledge base and citation graph as one question needs them, read from the index when it is asked rather than
/// built from every record: the documents that are or cite the directives in question, found by the identity, cites and
/// id terms of their records, and the directory stored with the index for every entry. An entry depends on those
/// documents alone (the incremental change keeps the stored directory by the same rule), so a graph
/// over them answers "who cites, implements, quotes X" and "the neighbourhood of X" exactly as the graph of the whole
/// corpus does, at a cost that grows with the answer, not with the archive.
/// </summary>
public sealed class StoredKnowledge
{
    /// <summary>Three fields of terms per clause list, under Lucene's 1,024 clauses.</summary>
    private const int TermsPerQuery = 300;

    private readonly DocumentIndex index;

    internal StoredKnowledge(DocumentIndex index) => this.index = index;

    /// <summary>The directives of the whole index and how references resolve.</summary>
    public DirectiveDirectory Directory => index.Directory;

    /// <summary>The node a reference names, as <see cref="CitationGraph.ResolveNode"/> of the whole graph answers.</summary>
    public ResolveOutcome ResolveNode(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var trimmed = reference.Trim();
        if (Directory.Directive(trimmed) is not null)
            return new ResolveOutcome(trimmed, []);
        if (Directory.IdentityByDocument.TryGetValue(trimmed, out var identity))
            return new ResolveOutcome(identity, []);
        // A document without a symbol is a node of its own, under its document id.
        if (index.HasRecord(trimmed))
            return new ResolveOutcome(trimmed, []);
        return Directory.Resolve(reference);
    }

    /// <summary>A graph in which what <paramref name="reference"/> names, who cites it, what it cites, its quotes and its direct implementations are as in the whole graph.</summary>
    public CitationGraph Around(string reference) => Grown(reference, (_, node) => [node]);

    /// <summary>A graph in which the implementations of <paramref name="reference"/> are as in the whole graph, through chains too when <paramref name="transitive"/>.</summary>
    public CitationGraph ForImplementations(string reference, bool transitive) =>
        transitive ? Grown(reference, (graph, node) => [node, .. graph.Implementations(node, transitive: true).Select(i => i.Id)]) : Around(reference);

    /// <summary>A graph in which the neighbourhood of <paramref name="reference"/> (its nodes and every edge among them) is as in the whole graph.</summary>
    public CitationGraph ForNeighbourhood(string reference, int depth, GraphDirection direction) =>
        Grown(reference, (graph, node) => graph.Neighbourhood(node, depth, direction)?.Nodes.Select(n => n.Id) ?? [node]);

    /// <summary>
    /// Loads the documents of the node <paramref name="reference"/> names, then of every node <paramref name="needed"/>
    /// reaches in the graph so far, until it reaches no node whose documents are not loaded: the edges of each such node
    /// are then all in the graph. A reference naming no node, or several, gives a graph of nothing, which resolves it
    /// against the whole directory as the whole graph would (not found, or the candidates).
    /// </summary>
    private CitationGraph Grown(string reference, Func<CitationGraph, string, IEnumerable<string>> needed)
    {
        var scope = new Scope(index);
        if (ResolveNode(reference).Id is not { } node)
            return scope.Graph();
        var nodes = new HashSet<string>(StringComparer.Ordinal) { node };
        while (true)
        {
            scope.Load(nodes);
            var graph = scope.Graph();
            var more = needed(graph, node).Where(n => !nodes.Contains(n)).ToList();
            if (more.Count == 0)
                return graph;
            nodes.UnionWith(more);
        }
    }

    /// <summary>The records one question has read so far, each once.</summary>
    private sealed class Scope(DocumentIndex index)
    {
        private readonly Dictionary<string, (DocumentRecord Record, DocumentCitations? Citations)> records = new(StringComparer.Ordinal);
        private readonly HashSet<string> loadedNodes = new(StringComparer.Ordinal);

        public void Load(IEnumerable<string> nodes)
        {
            var fresh = nodes.Where(loadedNodes.Add).ToList();
            foreach (var chunk in fresh.Chunk(TermsPerQuery))
            {
                var any = new BooleanQuery();
                foreach (var node in chunk)
                {
                    any.Add(new TermQuery(new Term(IndexFields.Cites, node)), Occur.SHOULD);
                    any.Add(new TermQuery(new Term(IndexFields.Identity, node)), Occur.SHOULD);
                    any.Add(new TermQuery(new Term(IndexFields.DocumentId, node)), Occur.SHOULD);
                }

                Add(any);
            }

            // A directive node is named after the document that is it: that record is read too, for its name and title.
            var directory = index.Directory;
            var named = records.Values
                .SelectMany(r => DirectivesOf(r.Citations))
                .Concat(fresh)
                .Select(id => directory.Directive(id)?.DocumentId)
                .OfType<string>()
                .Where(id => !records.ContainsKey(id))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            foreach (var chunk in named.Chunk(TermsPerQuery * 3))
            {
                var any = new BooleanQuery();
                foreach (var id in chunk)
                    any.Add(new TermQuery(new Term(IndexFields.DocumentId, id)), Occur.SHOULD);
                Add(any);
            }
        }

        public CitationGraph Graph() =>
            new(new KnowledgeBase(
                [.. records.Values.Select(r => r.Record)],
                [.. records.Values.Select(r => r.Citations).OfType<DocumentCitations>()],
                whole: index.Directory));

        private void Add(Query any)
        {
            var query = new BooleanQuery
            {
                { DocumentIndex.KindQuery(IndexFields.KindRecord), Occur.MUST },
                { any, Occur.MUST },
            };
            foreach (var (record, citations) in index.RecordsMatching(query, records.ContainsKey))
                records[record.Id] = (record, citations);
        }

        private static IEnumerable<string> DirectivesOf(DocumentCitations? citations) =>
            citations is null
                ? []
                : citations.Citations.Select(c => c.Target).OfType<string>().Concat(citations.Identity is { } identity ? [identity] : []);
    }
}
