namespace DirectiveSearch.Readers.PlainText;

/// <summary>Reads .txt and .md files: one paragraph per line, conversion artefacts removed.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public string Format => "txt";

    public ExtractedDocument Read(Stream content, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var budget = options.StartBudget();
        var text = TextDecoder.Decode(BoundedContent.ReadAll(content, budget));
        budget.Check();

        var paragraphs = text
            .Split('\n')
            .Select(line => MarkdownArtifacts.Remove(line.TrimEnd('\r')))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .ToList();
        if (paragraphs.Count == 0)
            throw new DocumentReadException("Tệp văn bản không có nội dung (chỉ có khoảng trắng)");
        return ExtractedDocument.FromParagraphs(paragraphs);
    }
}
