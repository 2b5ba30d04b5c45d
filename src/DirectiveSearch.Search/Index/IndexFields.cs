namespace DirectiveSearch.Search.Index;

/// <summary>
/// Field names of the Lucene index. One index holds three kinds of Lucene document: the record of
/// each document (stored JSON), each source file's parsed form (for incremental ingest), and the
/// passages that search retrieves.
/// </summary>
public static class IndexFields
{
    public const string Kind = "kind";
    public const string KindRecord = "record";
    public const string KindSource = "source";
    public const string KindPassage = "passage";

    /// <summary>Document id, on records and passages (string field and sorted doc values).</summary>
    public const string DocumentId = "doc";
    public const string RecordJson = "record_json";
    public const string SummaryJson = "summary_json";

    public const string SourcePath = "source_path";
    public const string SourceHash = "source_hash";
    public const string SourceJson = "source_json";

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

    /// <summary>Document-level values repeated on every passage for filters and facets.</summary>
    public const string Type = "type";
    public const string Issuer = "issuer";
    public const string Year = "year";
    public const string Date = "date";
    /// <summary>Canonical symbols of the directives a document cites ("21-KL/TW").</summary>
    public const string Cites = "cites";
    /// <summary>"{type}-{number}" keys of cited directives and of the document's own symbol ("kl-21").</summary>
    public const string CiteKeys = "cite_keys";
    /// <summary>Canonical symbols cited and the document's own, for exact symbol queries.</summary>
    public const string Symbols = "symbols";
}
