using DirectiveSearch.Ingestion.Discovery;
using DirectiveSearch.Ingestion.Pipeline;

namespace DirectiveSearch.Ingestion.Tests.Discovery;

/// <summary>
/// The one table of formats: what a name claims, what content proves, which reader reads it and how the original
/// is served. Discovery, the parser, uploads and the originals endpoint all read it, so a row here is what each of them does.
/// </summary>
public sealed class SourceFormatTests
{
    [Theory]
    [InlineData(".txt", "txt", "text/plain; charset=utf-8")]
    [InlineData(".md", "txt", "text/markdown; charset=utf-8")]
    [InlineData(".DOCX", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData(".Pdf", "pdf", "application/pdf")]
    public void An_extension_names_its_reader_and_media_type(string extension, string reader, string mediaType)
    {
        var format = SourceFormat.ForExtension(extension);

        Assert.NotNull(format);
        Assert.Equal(reader, format.Name);
        Assert.Equal(reader, ReaderCatalog.Default().ForFormat(format).Format);
        Assert.Equal(mediaType, SourceFormat.MediaTypeOf(extension.TrimStart('.').ToLowerInvariant()));
    }

    [Theory]
    [InlineData(".doc")]
    [InlineData(".odt")]
    [InlineData(".html")]
    [InlineData("")]
    public void Other_extensions_are_not_read(string extension)
    {
        Assert.Null(SourceFormat.ForExtension(extension));
        Assert.False(SourceFormat.IsSupported("plan" + extension));
    }

    [Theory]
    [InlineData(FileFormat.Text, "txt")]
    [InlineData(FileFormat.Pdf, "pdf")]
    [InlineData(FileFormat.Zip, "docx")]
    // An encrypted DOCX or a legacy .doc: the DOCX reader says which, in words a user can act on.
    [InlineData(FileFormat.OleCompound, "docx")]
    [InlineData(FileFormat.Unknown, null)]
    [InlineData(FileFormat.Empty, null)]
    public void Content_picks_the_reader_whatever_the_name(FileFormat sniffed, string? reader) =>
        Assert.Equal(reader, SourceFormat.ForContent(sniffed)?.Name);

    [Fact]
    public void Messages_list_every_extension_read() =>
        Assert.Equal(".txt, .md, .docx, .pdf", SourceFormat.ExtensionList);

    [Fact]
    public void The_catalog_has_a_reader_for_every_format()
    {
        var catalog = ReaderCatalog.Default();
        Assert.All(SourceFormat.All, format => Assert.Equal(format.Name, catalog.ForFormat(format).Format));
    }
}
