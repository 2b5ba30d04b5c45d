namespace DirectiveSearch.Search.Index;

/// <summary>
/// Field names of the Lucene index. One index holds four kinds of Lucene document: the passages that
/// search retrieves, each document's record (stored JSON and the facts filters and facets read) written
/// right after its passages as one block (<see cref="RecordBlocks"/>), each source file's parsed form
/// (for incremental ingest), and the directive directory.
/// </summary>
public static class IndexFields
{
    public const string Kind = "kind";
    public const string KindRecord = "record";
    public const string KindSource = "source";
    /// <summary>The one document holding the directive directory (<see cref="Core.Graph.DirectiveDirectory"/>) search resolves references with.</summary>
    public const string KindDirectory = "directory";
    public const string DirectoryJson = "directory_json";
    /// <summary>The one document holding the ids given so far (<see cref="Core.Documents.DocumentIdLedger"/>).</summary>
    public const string KindIdLedger = "id_ledger";
    public const string IdLedgerJson = "id_ledger_json";

    /// <summary>
    /// The one document saying the index is written for incremental change: every record block carries <see cref="Block"/>,
    /// every source <see cref="SourceDocument"/>, every record its <see cref="RecordState"/>. An index without it is rewritten
    /// whole once by the next ingest.
    /// </summary>
    public const string KindLayout = "layout";
    public const string LayoutVersion = "layout_version";
    public const string IncrementalLayout = "incremental-1";

    /// <summary>On every Lucene document of a record's block (passages and record): the document id, to replace or delete the block.</summary>
    public const string Block = "block";
    /// <summary>On a source: the id of the document it is a file of, to replace or delete it with its document.</summary>
    public const string SourceDocument = "source_doc";
    /// <summary>On records: a hash of what the record's block and sources were written from (binary doc values), to tell a changed document from an unchanged one without reading it.</summary>
    public const string RecordHash = "record_hash";
    /// <summary>On records: the directives the document makes known to the resolution of others (<see cref="Core.Citations.Resolve.PreparedDocument.Known"/>), stored as JSON.</summary>
    public const string KnownJson = "known_json";
    /// <summary>On records: the type-and-number keys ("kl-21") of <see cref="KnownJson"/>, to gather what the lookup knows of a key by a term query.</summary>
    public const string KnownKeys = "known_keys";
    /// <summary>On records: how many resolved citations the document has (numeric doc values), for the totals ingest reports.</summary>
    public const string CitationCount = "citation_count";
    /// <summary>On records: the type-and-number keys the document's resolution read, to find whose citations a change may move.</summary>
    public const string LookupKeys = "lookup_keys";

    /// <summary>Document id, on records (string field and sorted doc values).</summary>
    public const string DocumentId = "doc";
    public const string RecordJson = "record_json";
    public const string SummaryJson = "summary_json";
    /// <summary>The record's resolved citations (<see cref="StoredCitations"/>).</summary>
    public const string CitationsJson = "citations_json";

    public const string SourcePath = "source_path";

    /// <summary>The absolute folder a corpus file's stored path is relative to (the folder given to ingest).</summary>
    public const string SourceRoot = "source_root";
    /// <summary>On records: the content hash of each of the document's files, to find a document by a file's bytes.</summary>
    public const string RecordSourceHashes = "record_source_hashes";
    public const string SourceHash = "source_hash";
    public const string SourceJson = "source_json";
    /// <summary>On a source whose text is its record's text: the record's id (the JSON then leaves the text out).</summary>
    public const string SourceTextOf = "source_text_of";

    public const string PassagePath = "path";
    public const string PassageHeading = "heading";
    public const string PassageText = "text";
    public const string PassageStart = "start";
    public const string PassageEnd = "end";

    /// <summary>Searchable forms of the passage text: diacritics kept, folded, and syllable bigrams of each.</summary>
    public const string Exact = "exact";
    public const string Folded = "folded";
    public const string ExactBigrams = "exact_bi";
    public const string FoldedBigrams = "folded_bi";

    /// <summary>Document-level values on the record doc, for filters and facets (the passages of its block share them).</summary>
    public const string Type = "type";
    public const string Issuer = "issuer";
    public const string Year = "year";
    public const string Date = "date";
    /// <summary>The document's own directive id ("kh-28-duk-2022"), when its symbol is known.</summary>
    public const string Identity = "identity";
    /// <summary>Ids of the directives a document's citations resolve to ("kl-21-tw-2021"), self-references left out.</summary>
    public const string Cites = "cites";
    /// <summary>
    /// "id|relation" for each directive a document cites, with its strongest relation to it ("kl-21-tw-2021|implements",
    /// "…|mentions" when named only through another plan): what ranks and labels the answers to a query naming a directive.
    /// </summary>
    public const string CiteRelations = "cite_relations";
    /// <summary>
    /// "{type}-{number}" keys of the symbols a document writes and of its own ("kl-21"): what a reference the
    /// knowledge base does not know falls back to.
    /// </summary>
    public const string CiteKeys = "cite_keys";
    /// <summary>Canonical symbols cited and the document's own, for exact symbol queries.</summary>
    public const string Symbols = "symbols";
}
