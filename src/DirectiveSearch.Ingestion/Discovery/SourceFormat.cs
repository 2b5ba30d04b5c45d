using DirectiveSearch.Readers;
using DirectiveSearch.Readers.Docx;
using DirectiveSearch.Readers.Ocr;
using DirectiveSearch.Readers.Pdf;
using DirectiveSearch.Readers.PlainText;

namespace DirectiveSearch.Ingestion.Discovery;

/// <summary>
/// One file format the product reads: the extensions that name it, the content that proves it, the reader
/// that reads it and the media type it is served as. Discovery, the parser, uploads and the originals endpoint
/// all ask this type, so a format is added or changed in one place.
/// </summary>
public sealed class SourceFormat
{
    /// <summary>Plain text in UTF-8 or a legacy Vietnamese encoding; Markdown is read as text and served as Markdown.</summary>
    public static readonly SourceFormat Text = new(
        "txt", FileFormat.Text, () => new PlainTextReader(),
        new FormatExtension("txt", "text/plain; charset=utf-8"),
        new FormatExtension("md", "text/markdown; charset=utf-8"));

    public static readonly SourceFormat Docx = new(
        "docx", FileFormat.Zip, () => new DocxReader(),
        new FormatExtension("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    /// <summary>PDF, with Tesseract behind scanned pages.</summary>
    public static readonly SourceFormat Pdf = new(
        "pdf", FileFormat.Pdf, () => new PdfReader(new TesseractPageOcr()),
        new FormatExtension("pdf", "application/pdf"));

    public static IReadOnlyList<SourceFormat> All { get; } = [Text, Docx, Pdf];

    /// <summary>Every supported extension with its dot, for messages: ".txt, .md, .docx, .pdf".</summary>
    public static string ExtensionList { get; } = string.Join(", ", All.SelectMany(f => f.Extensions).Select(e => "." + e.Name));

    private readonly Func<IDocumentReader> newReader;

    private SourceFormat(string name, FileFormat content, Func<IDocumentReader> newReader, params FormatExtension[] extensions)
    {
        Name = name;
        Content = content;
        Extensions = extensions;
        this.newReader = newReader;
    }

    /// <summary>The reader's format name (<see cref="IDocumentReader.Format"/>) and the extension an upload is stored under.</summary>
    public string Name { get; }

    /// <summary>What <see cref="FormatSniffer"/> finds in a file of this format.</summary>
    public FileFormat Content { get; }

    /// <summary>The extensions, without the dot, the first being the format's own.</summary>
    public IReadOnlyList<FormatExtension> Extensions { get; }

    /// <summary>A new reader of the format, as the product ships it.</summary>
    public IDocumentReader CreateReader() => newReader();

    /// <summary>The format a file name's extension (".PDF", "pdf") claims, or null when the product reads no such files.</summary>
    public static SourceFormat? ForExtension(string extension) =>
        Find(extension) is { } found ? found.Format : null;

    /// <summary>True when files with the path's extension are read.</summary>
    public static bool IsSupported(string path) => ForExtension(Path.GetExtension(path)) is not null;

    /// <summary>
    /// The format whose reader gets content that sniffed so, or null when no reader knows it. An OLE file goes to the
    /// DOCX reader, which says it is an encrypted DOCX or a legacy .doc better than a generic refusal would.
    /// </summary>
    public static SourceFormat? ForContent(FileFormat sniffed) =>
        sniffed == FileFormat.OleCompound ? Docx : All.FirstOrDefault(f => f.Content == sniffed);

    /// <summary>
    /// The media type of an original file, by the format recorded for it (its extension: "pdf", "md"); text for anything else,
    /// since every file we index was read as one of these.
    /// </summary>
    public static string MediaTypeOf(string recordedFormat) =>
        Find(recordedFormat)?.Extension.MediaType ?? Text.Extensions[0].MediaType;

    private static (SourceFormat Format, FormatExtension Extension)? Find(string extension)
    {
        var name = extension.TrimStart('.');
        foreach (var format in All)
        {
            foreach (var candidate in format.Extensions)
            {
                if (string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
                    return (format, candidate);
            }
        }

        return null;
    }

    public override string ToString() => Name;
}

/// <summary>An extension of a <see cref="SourceFormat"/> and the media type a file so named is served as.</summary>
/// <param name="Name">Without the dot: "md".</param>
public sealed record FormatExtension(string Name, string MediaType);
