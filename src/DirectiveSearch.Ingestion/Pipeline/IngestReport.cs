using DirectiveSearch.Core.Documents;

namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>The outcome of one ingest run.</summary>
/// <param name="Sources">Every accepted source, parsed now or reused.</param>
/// <param name="ParsedCount">Files read and parsed in this run.</param>
/// <param name="ReusedCount">Files whose content hash matched an earlier run, not parsed again.</param>
public sealed record IngestReport(
    IReadOnlyList<DocumentRecord> Documents,
    IReadOnlyList<ParsedSource> Sources,
    IReadOnlyList<RejectedFile> Rejected,
    IReadOnlyList<string> MissingPaths,
    int ParsedCount,
    int ReusedCount,
    TimeSpan Elapsed)
{
    /// <summary>Notices of the files parsed in this run, such as text converted from TCVN3 or VNI.</summary>
    public IReadOnlyList<FileNotice> Notices { get; init; } = [];

    /// <summary>Each document made of more than one file, with the resemblance that joined them.</summary>
    public IReadOnlyList<DocumentMerge> Merges { get; init; } = [];

    /// <summary>The ids given so far, to store with the generation written from this run.</summary>
    public DocumentIdLedger Ids { get; init; } = DocumentIdLedger.Empty;

    public int SourceCount => Documents.Sum(d => d.Sources.Count);

    /// <summary>Accepted source files per format ("docx", "pdf", "txt", ...), OCR'd PDFs counted apart.</summary>
    public IReadOnlyDictionary<string, int> SourcesPerFormat =>
        Documents.SelectMany(d => d.Sources)
            .GroupBy(s => s.Ocr ? s.Format + "+ocr" : s.Format)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
}
