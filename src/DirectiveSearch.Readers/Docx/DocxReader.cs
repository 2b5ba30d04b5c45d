namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// Reads Word (.docx) files: body paragraphs and table cells in document order, text boxes after the
/// paragraph that anchors them, then footnotes and endnotes. The file is checked before OpenXml
/// opens it, and every failure is a <see cref="DocumentReadException"/> naming what is wrong.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    public string Format => "docx";

    public ExtractedDocument Read(Stream content, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);

        var budget = options.StartBudget();
        using var input = SeekableContent.From(content, budget);
        var package = input.Stream;
        DocxSignature.EnsurePackage(package);
        var mainDocument = DocxPackageCheck.EnsureWordPackage(package, budget.Limits);
        DocxXmlCheck.Ensure(package, mainDocument, budget);
        var (paragraphs, notices) = DocxDocumentText.Read(package, budget.Limits);
        budget.Check();
        if (paragraphs.Count == 0)
            throw new DocumentReadException("Tài liệu không có nội dung văn bản");
        return ExtractedDocument.FromParagraphs(paragraphs) with { Notices = notices };
    }
}
