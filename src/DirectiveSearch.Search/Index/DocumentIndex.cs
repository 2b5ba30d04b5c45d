using System.Collections.Concurrent;
using System.Text.Json;
using DirectiveSearch.Core.Assignments;
using DirectiveSearch.Core.Citations;
using DirectiveSearch.Core.Documents;
using DirectiveSearch.Core.Graph;
using DirectiveSearch.Search.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace DirectiveSearch.Search.Index;

/// <summary>
/// A read-only view of one committed index generation: records, their citations, parsed sources, search,
/// and the knowledge base and citation graph built from the stored citations (once, on first use).
/// Thread-safe; searches running while a new generation is committed keep seeing this one.
/// </summary>
public sealed class DocumentIndex : IDisposable
{
    private readonly SharedDirectory shared;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Analyzer analyzer;
    private readonly DocumentSearcher documentSearcher;
    private readonly ConcurrentDictionary<string, DocumentSummary?> summaries = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyList<string>> documentIds;
    private readonly Lazy<CitationGraph> graph;
    private readonly Lazy<DirectiveDirectory> directives;
    private readonly Lazy<DocumentIdLedger> idLedger;
    private readonly Lazy<TaskBook> tasks;
    private readonly StoredKnowledge knowledge;

    private readonly SearchCache searchCache;
    private readonly int searchCacheCapacity;

    private DocumentIndex(SharedDirectory shared, DirectoryReader reader, int searchCacheCapacity)
    {
        searchCache = new SearchCache(searchCacheCapacity);
        this.searchCacheCapacity = searchCacheCapacity;
        this.shared = shared;
        this.reader = reader;
        searcher = new IndexSearcher(reader) { Similarity = SearchSimilarity.Create() };
        analyzer = IndexAnalyzers.Create();
        documentSearcher = new DocumentSearcher(searcher, new RecordBlocks(reader), analyzer, Summary, ResolveReference, id => Directory.Directive(id)?.Label);
        documentIds = new Lazy<IReadOnlyList<string>>(ReadDocumentIds);
        graph = new Lazy<CitationGraph>(BuildGraph);
        directives = new Lazy<DirectiveDirectory>(() => ReadDirectory() ?? Graph.Knowledge.Directory);
        idLedger = new Lazy<DocumentIdLedger>(ReadIdLedger);
        tasks = new Lazy<TaskBook>(() => new TaskBook(Graph.Knowledge));
        knowledge = new StoredKnowledge(this);
    }

    /// <summary>True when a committed index is in the folder.</summary>
    public static bool Exists(string indexDirectory)
    {
        if (!System.IO.Directory.Exists(indexDirectory))
            return false;
        using var directory = FSDirectory.Open(new DirectoryInfo(indexDirectory));
        return DirectoryReader.IndexExists(directory);
    }

    /// <summary>Opens the last commit. Throws <see cref="IndexNotFoundException"/> when there is none.</summary>
    /// <param name="searchCacheCapacity">How many recent search responses to keep (0 for none): a server answering many users wants some.</param>
    public static DocumentIndex Open(string indexDirectory, int searchCacheCapacity = 0)
    {
        var directory = FSDirectory.Open(new DirectoryInfo(indexDirectory));
        try
        {
            return new DocumentIndex(new SharedDirectory(directory), DirectoryReader.Open(directory), searchCacheCapacity);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The newest commit in the folder as a new generation, or null when this one is the newest. Segments both
    /// generations hold are opened once and shared (<see cref="DirectoryReader.OpenIfChanged(DirectoryReader)"/>), so
    /// a reopen after a small change costs about the change; everything this class builds from its reader (the
    /// directory, the graph, the search cache) belongs to the new generation alone, so a request on either sees one
    /// commit whole. Both generations stay usable until each is disposed.
    /// </summary>
    public DocumentIndex? Reopen()
    {
        var next = DirectoryReader.OpenIfChanged(reader);
        if (next is null)
            return null;
        shared.AddReference();
        return new DocumentIndex(shared, next, searchCacheCapacity);
    }

    /// <summary>The searcher of this generation, for the readers an incremental change uses (<see cref="StoredChangeState"/>).</summary>
    internal IndexSearcher Searcher => searcher;

    /// <summary>The Lucene generation this index reads (its segments_N).</summary>
    public long Generation => reader.IndexCommit.Generation;

    /// <summary>True when a commit newer than the one this index reads is in its folder.</summary>
    public bool IsStale()
    {
        try
        {
            return !reader.IsCurrent();
        }
        catch (IOException)
        {
            // The folder is being written this very moment; the next look sees the commit.
            return false;
        }
    }

    public int DocumentCount => searcher.Search(KindQuery(IndexFields.KindRecord), 1).TotalHits;

    public DocumentRecord? Find(string id) =>
        RecordDocument(id) is { } doc
            ? JsonSerializer.Deserialize<DocumentRecord>(doc.Get(IndexFields.RecordJson), RecordJson.Options)
            : null;

    /// <summary>The record with its resolved citations, as "dirsearch show" and the API give it.</summary>
    public DocumentDetails? Details(string id) =>
        RecordDocument(id) is { } doc
            ? DocumentDetails.Of(JsonSerializer.Deserialize<DocumentRecord>(doc.Get(IndexFields.RecordJson), RecordJson.Options)!, Citations(doc))
            : null;

    /// <summary>The resolved citations of a document; null for an unknown id.</summary>
    public DocumentCitations? CitationsOf(string id) => RecordDocument(id) is { } doc ? Citations(doc) : null;

    /// <summary>
    /// The knowledge base and graph as one question about a directive needs them, read per question by term queries: what
    /// "dirsearch directive", "implementations", "quotes", "graph REF" and their API answer from, in a time that grows with
    /// the answer rather than the archive.
    /// </summary>
    public StoredKnowledge Knowledge => knowledge;

    /// <summary>The knowledge base and citation graph of this generation, built on first use from every record: for the whole graph and the task book.</summary>
    public CitationGraph Graph => graph.Value;

    /// <summary>Every task the plans of this generation assign, extracted once, on first use, from the knowledge base.</summary>
    public TaskBook Tasks => tasks.Value;

    /// <summary>The directives and how references resolve, as stored with this generation: what search needs, without building <see cref="Graph"/>.</summary>
    public DirectiveDirectory Directory => directives.Value;

    /// <summary>Title, symbol, type, issuer and date of a document; cached, since every hit needs them.</summary>
    public DocumentSummary? Summary(string id) =>
        summaries.GetOrAdd(id, key => RecordDocument(key, SummaryOnly) is { } doc
            ? JsonSerializer.Deserialize<DocumentSummary>(doc.Get(IndexFields.SummaryJson), RecordJson.Options)
            : null);

    /// <summary>A hit needs the summary only, not the record's JSON (a law's is megabytes of text and sections).</summary>
    private static readonly ISet<string> SummaryOnly = new HashSet<string> { IndexFields.SummaryJson };

    /// <param name="fields">The stored fields to load; all when null.</param>
    private Lucene.Net.Documents.Document? RecordDocument(string id, ISet<string>? fields = null)
    {
        var query = new BooleanQuery
        {
            { KindQuery(IndexFields.KindRecord), Occur.MUST },
            { new TermQuery(new Term(IndexFields.DocumentId, id)), Occur.MUST },
        };
        var top = searcher.Search(query, 1);
        if (top.TotalHits == 0)
            return null;
        return fields is null ? searcher.Doc(top.ScoreDocs[0].Doc) : searcher.Doc(top.ScoreDocs[0].Doc, fields);
    }

    /// <summary>True when a record of this id is in the index.</summary>
    public bool HasRecord(string id) => RecordDocument(id, IdOnly) is not null;

    /// <summary>The records <paramref name="query"/> matches with their citations, leaving out those <paramref name="skip"/> says are read already.</summary>
    internal List<(DocumentRecord Record, DocumentCitations? Citations)> RecordsMatching(Query query, Func<string, bool> skip)
    {
        var found = new List<(DocumentRecord, DocumentCitations?)>();
        // Counted first: a top-N of the index's size would allocate a queue of every passage for a few records.
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        if (count.TotalHits == 0)
            return found;
        foreach (var hit in searcher.Search(query, count.TotalHits).ScoreDocs)
        {
            var id = searcher.Doc(hit.Doc, IdOnly).Get(IndexFields.DocumentId);
            if (skip(id))
                continue;
            var doc = searcher.Doc(hit.Doc, RecordAndCitations);
            found.Add((JsonSerializer.Deserialize<DocumentRecord>(doc.Get(IndexFields.RecordJson), RecordJson.Options)!, Citations(doc)));
        }

        return found;
    }

    private static readonly ISet<string> RecordAndCitations = new HashSet<string> { IndexFields.DocumentId, IndexFields.RecordJson, IndexFields.CitationsJson };

    /// <summary>The id of the document one of whose files has these bytes (SHA-256, lower-case hex); null when none.</summary>
    public string? DocumentWithSourceHash(string contentHash)
    {
        var query = new BooleanQuery
        {
            { KindQuery(IndexFields.KindRecord), Occur.MUST },
            { new TermQuery(new Term(IndexFields.RecordSourceHashes, contentHash)), Occur.MUST },
        };
        var top = searcher.Search(query, 1);
        return top.TotalHits == 0 ? null : searcher.Doc(top.ScoreDocs[0].Doc, IdOnly).Get(IndexFields.DocumentId);
    }

    /// <summary>When the generation this index reads was committed (its segments file's time), in UTC.</summary>
    public DateTime CommittedUtc => File.GetLastWriteTimeUtc(Path.Combine(Folder, reader.IndexCommit.SegmentsFileName));

    /// <summary>The folder of this index, absolute.</summary>
    public string Folder => shared.Directory.Directory.FullName;

    /// <summary>Every source file, as stored and where it is on disk: reads the path fields alone, not the parsed sources.</summary>
    public IReadOnlyList<IndexedSource> SourceFiles()
    {
        var top = searcher.Search(KindQuery(IndexFields.KindSource), Math.Max(1, reader.MaxDoc));
        return [.. top.ScoreDocs.Select(hit => Indexed(searcher.Doc(hit.Doc, LocationFields)))];
    }

    /// <summary>The full path of one of a record's sources on this machine (which need not hold the file any more).</summary>
    public string Locate(SourceFile file)
    {
        var top = searcher.Search(new BooleanQuery
        {
            { KindQuery(IndexFields.KindSource), Occur.MUST },
            { new TermQuery(new Term(IndexFields.SourcePath, file.Path)), Occur.MUST },
        }, 16);
        var candidates = top.ScoreDocs.Select(hit => Indexed(searcher.Doc(hit.Doc, LocationFields))).ToList();
        // Two folders given to one ingest can hold a file of the same relative path: the one with these bytes.
        var located = candidates.FirstOrDefault(c => c.ContentHash == file.ContentHash) ?? candidates.FirstOrDefault();
        return located?.FullPath ?? SourceLocation.Resolve(Folder, file.Path, null);
    }

    private static readonly ISet<string> LocationFields = new HashSet<string> { IndexFields.SourcePath, IndexFields.SourceRoot, IndexFields.SourceHash };

    private IndexedSource Indexed(Lucene.Net.Documents.Document doc)
    {
        var stored = doc.Get(IndexFields.SourcePath);
        var root = doc.Get(IndexFields.SourceRoot);
        return new IndexedSource(stored, root, doc.Get(IndexFields.SourceHash), SourceLocation.Resolve(Folder, stored, root));
    }

    private static readonly ISet<string> IdOnly = new HashSet<string> { IndexFields.DocumentId };

    /// <summary>Every document id in order; read once per generation, loading only the id field.</summary>
    public IReadOnlyList<string> DocumentIds() => documentIds.Value;

    private IReadOnlyList<string> ReadDocumentIds()
    {
        var top = searcher.Search(KindQuery(IndexFields.KindRecord), Math.Max(1, reader.MaxDoc));
        return top.ScoreDocs.Select(hit => searcher.Doc(hit.Doc, IdOnly).Get(IndexFields.DocumentId)).Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<DocumentRecord> Records() =>
        ReadRecords(IndexFields.RecordJson).Select(pair => pair.Record!).ToList();

    private CitationGraph BuildGraph()
    {
        var all = ReadRecords(IndexFields.RecordJson, IndexFields.CitationsJson);
        return new CitationGraph(new KnowledgeBase(
            [.. all.Select(pair => pair.Record!)],
            [.. all.Select(pair => pair.Citations).OfType<DocumentCitations>()]));
    }

    /// <summary>
    /// Every record document, in id order, with only <paramref name="fields"/> loaded and deserialized: the
    /// stored JSON is most of the index, so the knowledge base reads it once, on both cores.
    /// </summary>
    private List<(DocumentRecord? Record, DocumentCitations? Citations)> ReadRecords(params string[] fields)
    {
        var wanted = new HashSet<string>(fields) { IndexFields.DocumentId };
        var hits = searcher.Search(KindQuery(IndexFields.KindRecord), Math.Max(1, reader.MaxDoc)).ScoreDocs;
        return hits.AsParallel()
            .Select(hit =>
            {
                var doc = searcher.Doc(hit.Doc, wanted);
                var record = doc.Get(IndexFields.RecordJson) is { } json ? JsonSerializer.Deserialize<DocumentRecord>(json, RecordJson.Options) : null;
                return (Id: doc.Get(IndexFields.DocumentId), Record: record, Citations: Citations(doc));
            })
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => (t.Record, t.Citations))
            .ToList();
    }

    /// <summary>The parsed form of every source file, for an incremental ingest to reuse.</summary>
    public IReadOnlyList<ParsedSource> Sources() => [.. SourcesWithRoots().Select(s => s.Source)];

    /// <summary><see cref="Sources"/>, each with the folder its stored path is relative to (null for uploads and old indexes).</summary>
    public IReadOnlyList<(ParsedSource Source, string? Root)> SourcesWithRoots()
    {
        var stored = AllOfKind(IndexFields.KindSource)
            .Select(doc => (Source: JsonSerializer.Deserialize<ParsedSource>(doc.Get(IndexFields.SourceJson), RecordJson.Options)!, TextOf: doc.Get(IndexFields.SourceTextOf), Root: doc.Get(IndexFields.SourceRoot)))
            .ToList();
        if (stored.All(s => s.TextOf is null))
            return [.. stored.Select(s => (s.Source, s.Root))];
        var texts = ReadRecords(IndexFields.RecordJson).Select(pair => pair.Record!).ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal);
        return [.. stored.Select(s => (s.TextOf is { } id && texts.TryGetValue(id, out var text) ? s.Source with { Text = text } : s.Source, s.Root))];
    }

    /// <exception cref="QueryTooComplexException">More phrases or references than one query holds.</exception>
    public SearchResponse Search(SearchRequest request)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        SearchResponse response;
        bool cached;
        try
        {
            (response, cached) = searchCache.GetOrAdd(request, documentSearcher.Search);
        }
        catch (Lucene.Net.Search.BooleanQuery.TooManyClausesException e)
        {
            throw new QueryTooComplexException(e);
        }

        // A cached answer says so, with the time this request took rather than the first one's.
        return cached ? response with { TookMs = clock.Elapsed.TotalMilliseconds, Cached = true } : response;
    }

    private static DocumentCitations? Citations(Lucene.Net.Documents.Document doc) =>
        doc.Get(IndexFields.CitationsJson) is { } json ? StoredCitations.Deserialize(json) : null;

    private ReferencedDirective ResolveReference(string reference)
    {
        var outcome = Directory.Resolve(reference);
        var label = outcome.Id is null ? null : Directory.Directive(outcome.Id)?.Label;
        return new ReferencedDirective(reference, outcome.Id, outcome.Candidates, label);
    }

    /// <summary>
    /// The ids given so far with the content each was given to; for an index written before the ledger was stored,
    /// the ids its records have.
    /// </summary>
    public DocumentIdLedger IdLedger() => idLedger.Value;

    /// <summary>True when the id belonged to a document that has since been removed (deleted, or its files gone).</summary>
    public bool WasRemoved(string id) => IdLedger().WasRemoved(id);

    private DocumentIdLedger ReadIdLedger()
    {
        var top = searcher.Search(KindQuery(IndexFields.KindIdLedger), 1);
        if (top.TotalHits == 0)
            return DocumentIdLedger.Of(Records());
        var json = searcher.Doc(top.ScoreDocs[0].Doc).Get(IndexFields.IdLedgerJson);
        return JsonSerializer.Deserialize<DocumentIdLedger>(json, RecordJson.Options) ?? throw new JsonException("stored id ledger JSON is null");
    }

    /// <summary>The stored directory; null for an index written before it was stored.</summary>
    private DirectiveDirectory? ReadDirectory()
    {
        var top = searcher.Search(KindQuery(IndexFields.KindDirectory), 1);
        if (top.TotalHits == 0)
            return null;
        var json = searcher.Doc(top.ScoreDocs[0].Doc).Get(IndexFields.DirectoryJson);
        return json is null ? null : JsonSerializer.Deserialize<DirectiveDirectory>(json, RecordJson.Options);
    }

    private int disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        analyzer.Dispose();
        reader.Dispose();
        shared.Release();
    }

    /// <summary>The folder's Directory, shared by the generations <see cref="Reopen"/> made from one another and closed with the last.</summary>
    private sealed class SharedDirectory(FSDirectory directory)
    {
        private int references = 1;

        public FSDirectory Directory { get; } = directory;

        public void AddReference() => Interlocked.Increment(ref references);

        public void Release()
        {
            if (Interlocked.Decrement(ref references) == 0)
                Directory.Dispose();
        }
    }

    private IEnumerable<Lucene.Net.Documents.Document> AllOfKind(string kind)
    {
        var top = searcher.Search(KindQuery(kind), Math.Max(1, reader.MaxDoc));
        return top.ScoreDocs.Select(hit => searcher.Doc(hit.Doc));
    }

    internal static TermQuery KindQuery(string kind) => new(new Term(IndexFields.Kind, kind));
}
