using DirectiveSearch.Core.Citations;

namespace DirectiveSearch.Core.Graph;

/// <summary>
/// Documents and directives, and who implements, has as basis or cites whom.
/// <para>
/// Node ids: a corpus document with a symbol is the directive it is, so its node id is its identity
/// ("kh-28-duk"), and a plan that cites "Kế hoạch số 28-KH/ĐUK" points at the same node as the plan's own
/// citations start from. A corpus document without a symbol (no identity) has its document id as node id.
/// Every query also accepts a corpus document id and turns it into the node id (<see cref="NodeIdOf"/>).
/// </para>
/// <para>
/// Edges: from each document to each resolved target of its citations (self-references excluded), one edge per
/// (source, target, relation) with the attesting documents as evidence; plus nested ones: "Kế hoạch số 52-KH/ĐUK
/// ... về thực hiện Kế hoạch số 49-KH/TU ... về thực hiện Kết luận số 21-KL/TW" in seed 000 makes 52 implements
/// 49 and 49 implements 21, neither plan being in the corpus, with seed 000 as evidence.
/// </para>
/// </summary>
public sealed class CitationGraph
{
    private readonly KnowledgeBase knowledge;
    private readonly Dictionary<string, GraphNode> nodesById;
    private readonly Dictionary<string, string> nodeByDocument;
    private readonly Dictionary<string, List<GraphEdge>> outgoing;
    private readonly Dictionary<string, List<GraphEdge>> incoming;

    public CitationGraph(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        this.knowledge = knowledge;
        nodesById = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        nodeByDocument = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var directive in knowledge.Directives)
        {
            var record = directive.DocumentId is { } documentId ? knowledge.Document(documentId) : null;
            var label = record is not null ? CitationText.Name(record) : directive.Symbol ?? directive.Id;
            nodesById[directive.Id] = new GraphNode(directive.Id, GraphNodeKind.Directive, label, directive.InCorpus, directive.DocumentId) { Status = directive.Status.State };
        }

        var documentIds = knowledge.Documents.Select(d => d.Id).Concat(knowledge.Citations.Select(c => c.DocumentId)).Distinct(StringComparer.Ordinal);
        foreach (var documentId in documentIds)
        {
            if (knowledge.IdentityOf(documentId) is { } identity)
            {
                nodeByDocument[documentId] = identity;
                continue;
            }

            nodeByDocument[documentId] = documentId;
            var record = knowledge.Document(documentId);
            // Document ids are file-name stems and directive ids slugs: a clash would need a file named like a slug.
            if (!nodesById.TryAdd(documentId, new GraphNode(documentId, GraphNodeKind.Document, record is null ? documentId : CitationText.Name(record), true, documentId)))
                throw new ArgumentException($"The document id \"{documentId}\" is also a directive id.", nameof(knowledge));
        }

        Edges = BuildEdges();
        Nodes = [.. nodesById.Values.OrderBy(n => n.Id, StringComparer.Ordinal)];
        outgoing = Edges.GroupBy(e => e.Source, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        incoming = Edges.GroupBy(e => e.Target, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>Every node, by id.</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>Every edge, by source, target and relation.</summary>
    public IReadOnlyList<GraphEdge> Edges { get; }

    public KnowledgeBase Knowledge => knowledge;

    /// <summary>The whole graph.</summary>
    public Subgraph All() => new(Nodes, Edges);

    /// <summary>The node id of a node id or a corpus document id; null when neither is known.</summary>
    public string? NodeIdOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return nodesById.ContainsKey(id) ? id : nodeByDocument.GetValueOrDefault(id);
    }

    /// <summary>The node of a node id or corpus document id.</summary>
    public GraphNode? Node(string id) => NodeIdOf(id) is { } nodeId ? nodesById[nodeId] : null;

    /// <summary>
    /// Who implements <paramref name="directiveId"/>: the nodes with an implements edge to it, or with
    /// <paramref name="transitive"/> every node reaching it through implements edges, each with a shortest chain
    /// (ties broken by node id). Cycles are walked once. Sorted by depth, then id; empty for an unknown id.
    /// </summary>
    public IReadOnlyList<Implementation> Implementations(string directiveId, bool transitive)
    {
        if (NodeIdOf(directiveId) is not { } root)
            return [];

        // Breadth first against the edges: next[n] is the node after n on its shortest chain to the root.
        var next = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstEdge = new Dictionary<string, GraphEdge>(StringComparer.Ordinal);
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [root] = 0 };
        var frontier = new List<string> { root };
        while (frontier.Count > 0 && (transitive || depth[frontier[0]] == 0))
        {
            var found = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var edge in In(node).Where(e => e.Relation == GraphRelation.Implements).OrderBy(e => e.Source, StringComparer.Ordinal))
                {
                    if (depth.ContainsKey(edge.Source))
                        continue;
                    depth[edge.Source] = depth[node] + 1;
                    next[edge.Source] = node;
                    firstEdge[edge.Source] = edge;
                    found.Add(edge.Source);
                }
            }

            frontier = [.. found.Order(StringComparer.Ordinal)];
        }

        return
        [
            .. next.Keys
                .OrderBy(n => depth[n])
                .ThenBy(n => n, StringComparer.Ordinal)
                .Select(n =>
                {
                    var path = new List<string> { n };
                    for (var at = n; at != root; at = next[at])
                        path.Add(next[at]);
                    var node = nodesById[n];
                    var relation = depth[n] == 1 ? GraphRelation.Implements : GraphRelation.ImplementsIndirectly;
                    return new Implementation(n, node.Label, TitleOf(node), node.Kind, node.InCorpus, relation, path, firstEdge[n].Evidence);
                }),
        ];
    }

    /// <summary>
    /// Who depends on <paramref name="directiveId"/> by a direct edge of <paramref name="relation"/> (any relation
    /// when null; <see cref="GraphRelation.Repeals"/> takes in <see cref="GraphRelation.RepealsInPart"/>, since who
    /// asks what repeals a text wants the partial repeals too). Strongest relation first, then the newest, then by
    /// id; empty for an unknown id.
    /// </summary>
    public IReadOnlyList<Dependant> Dependants(string directiveId, string? relation = null)
    {
        if (NodeIdOf(directiveId) is not { } root)
            return [];
        bool Wanted(string r) => relation is null || r == relation || (relation == GraphRelation.Repeals && r == GraphRelation.RepealsInPart);
        return
        [
            .. In(root)
                .Where(e => Wanted(e.Relation))
                .GroupBy(e => e.Source, StringComparer.Ordinal)
                .Select(g =>
                {
                    var node = nodesById[g.Key];
                    return new Dependant(
                        node.Id,
                        node.Label,
                        TitleOf(node),
                        DateOf(node),
                        node.Kind,
                        node.InCorpus,
                        [.. g.Select(e => e.Relation).Distinct(StringComparer.Ordinal).OrderBy(GraphRelation.Strength)],
                        [.. g.SelectMany(e => e.Evidence).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
                })
                .OrderBy(d => GraphRelation.Strength(d.Relations[0]))
                .ThenByDescending(d => d.Date)
                .ThenBy(d => d.Id, StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// The node a user means: a node id or corpus document id as it is, else any reference the knowledge base
    /// resolves ("KL 21", "21-KL/TW", "kl-21"), which may be ambiguous.
    /// </summary>
    public ResolveOutcome ResolveNode(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return NodeIdOf(reference.Trim()) is { } node ? new ResolveOutcome(node, []) : knowledge.Resolve(reference);
    }

    /// <summary>
    /// The nodes within <paramref name="depth"/> edges of <paramref name="rootId"/> following
    /// <paramref name="direction"/>, and every edge among them. Depth 0 is the root alone. Null for an unknown id.
    /// </summary>
    public Subgraph? Neighbourhood(string rootId, int depth, GraphDirection direction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        if (NodeIdOf(rootId) is not { } root)
            return null;

        var seen = new HashSet<string>(StringComparer.Ordinal) { root };
        var frontier = new List<string> { root };
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            var found = new List<string>();
            foreach (var node in frontier)
            {
                var neighbours = direction switch
                {
                    GraphDirection.Out => Out(node).Select(e => e.Target),
                    GraphDirection.In => In(node).Select(e => e.Source),
                    _ => Out(node).Select(e => e.Target).Concat(In(node).Select(e => e.Source)),
                };
                found.AddRange(neighbours.Where(seen.Add));
            }

            frontier = found;
        }

        return new Subgraph(
            [.. seen.Order(StringComparer.Ordinal).Select(n => nodesById[n])],
            [.. Edges.Where(e => seen.Contains(e.Source) && seen.Contains(e.Target))]);
    }

    /// <summary>Who cites <paramref name="id"/> in any relation: most attested first, then by id.</summary>
    public IReadOnlyList<GraphLink> CitedBy(string id) =>
        NodeIdOf(id) is { } node ? Links(In(node), e => e.Source) : [];

    /// <summary>What <paramref name="id"/> cites in any relation, nested "về thực hiện" included: most attested first, then by id.</summary>
    public IReadOnlyList<GraphLink> Cites(string id) =>
        NodeIdOf(id) is { } node ? Links(Out(node), e => e.Target) : [];

    private IReadOnlyList<GraphLink> Links(IEnumerable<GraphEdge> edges, Func<GraphEdge, string> other) =>
    [
        .. edges
            .GroupBy(other, StringComparer.Ordinal)
            .Select(g => new GraphLink(
                g.Key,
                nodesById[g.Key].Label,
                [.. g.Select(e => e.Relation).Distinct(StringComparer.Ordinal).OrderBy(GraphRelation.Strength)],
                g.SelectMany(e => e.Evidence).Distinct(StringComparer.Ordinal).Count(),
                nodesById[g.Key].Kind,
                nodesById[g.Key].DocumentId))
            .OrderByDescending(l => l.Count)
            .ThenBy(l => l.Id, StringComparer.Ordinal),
    ];

    private string? TitleOf(GraphNode node)
    {
        var record = node.DocumentId is { } documentId ? knowledge.Document(documentId) : null;
        if (record is not null && !string.IsNullOrWhiteSpace(record.Title))
            return record.Title;
        return knowledge.Directive(node.Id)?.Subject;
    }

    private DateOnly? DateOf(GraphNode node) =>
        knowledge.Directive(node.Id)?.Date ?? (node.DocumentId is { } documentId ? knowledge.Document(documentId)?.Date : null);

    private IEnumerable<GraphEdge> Out(string node) => outgoing.GetValueOrDefault(node) ?? [];

    private IEnumerable<GraphEdge> In(string node) => incoming.GetValueOrDefault(node) ?? [];

    private List<GraphEdge> BuildEdges()
    {
        var evidence = new SortedDictionary<(string Source, string Target, string Relation), SortedSet<string>>(EdgeKeyComparer.Instance);
        void Add(string source, string target, string relation, string documentId)
        {
            if (source == target)
                return;
            if (!evidence.TryGetValue((source, target, relation), out var documents))
                evidence[(source, target, relation)] = documents = new SortedSet<string>(StringComparer.Ordinal);
            documents.Add(documentId);
        }

        foreach (var document in knowledge.Citations)
        {
            var source = nodeByDocument[document.DocumentId];
            foreach (var citation in document.Citations)
            {
                if (citation.Target is { } target && !citation.IsSelf && GraphRelation.Of(citation.Relation) is { } relation)
                    Add(source, target, relation, document.DocumentId);
            }

            // A meeting's citation resolves to several directives: each is an end of the nested relation.
            // "Kế hoạch này" stands for the document's own node.
            var targetsByIndex = document.Citations
                .Where(c => c.Target is not null || c.IsSelf)
                .GroupBy(c => c.Citation.Index)
                .ToDictionary(g => g.Key, g => g.Select(c => c.IsSelf ? source : c.Target!).Distinct(StringComparer.Ordinal).ToList());
            foreach (var nested in document.Extracted.SelectMany(c => c.Nested))
            {
                if (!targetsByIndex.TryGetValue(nested.FromIndex, out var from) || !targetsByIndex.TryGetValue(nested.ToIndex, out var to))
                    continue;
                foreach (var implementer in from)
                {
                    foreach (var implemented in to)
                        Add(implementer, implemented, GraphRelation.Implements, document.DocumentId);
                }
            }
        }

        return [.. evidence.Select(p => new GraphEdge(p.Key.Source, p.Key.Target, p.Key.Relation, [.. p.Value]))];
    }

    private sealed class EdgeKeyComparer : IComparer<(string Source, string Target, string Relation)>
    {
        public static EdgeKeyComparer Instance { get; } = new();

        public int Compare((string Source, string Target, string Relation) x, (string Source, string Target, string Relation) y)
        {
            var bySource = string.CompareOrdinal(x.Source, y.Source);
            if (bySource != 0)
                return bySource;
            var byTarget = string.CompareOrdinal(x.Target, y.Target);
            return byTarget != 0 ? byTarget : GraphRelation.Strength(x.Relation).CompareTo(GraphRelation.Strength(y.Relation));
        }
    }
}
