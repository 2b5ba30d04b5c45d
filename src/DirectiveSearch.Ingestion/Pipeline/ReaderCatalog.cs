using DirectiveSearch.Readers;
using DirectiveSearch.Readers.Docx;
using DirectiveSearch.Readers.Ocr;
using DirectiveSearch.Readers.Pdf;
using DirectiveSearch.Readers.PlainText;

namespace DirectiveSearch.Ingestion.Pipeline;

/// <summary>The reader for each supported file extension.</summary>
public sealed class ReaderCatalog
{
    private readonly Dictionary<string, IDocumentReader> byFormat;

    public ReaderCatalog(IEnumerable<IDocumentReader> readers)
    {
        byFormat = readers.ToDictionary(r => r.Format, StringComparer.Ordinal);
    }

    /// <summary>The readers the product ships, with Tesseract behind scanned PDF pages.</summary>
    public static ReaderCatalog Default() =>
        new([new PlainTextReader(), new DocxReader(), new PdfReader(new TesseractPageOcr())]);

    /// <summary>The format name for a file extension (".md" is read as text), or null when unsupported.</summary>
    public string? FormatForExtension(string extension) =>
        extension.ToLowerInvariant() switch
        {
            ".txt" or ".md" => "txt",
            ".docx" => "docx",
            ".pdf" => "pdf",
            _ => null,
        };

    public IDocumentReader ForFormat(string format) => byFormat[format];
}
