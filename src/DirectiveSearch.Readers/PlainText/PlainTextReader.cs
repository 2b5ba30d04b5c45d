using DirectiveSearch.Core.Text.Legacy;

namespace DirectiveSearch.Readers.PlainText;

/// <summary>
/// Reads .txt and .md files: one paragraph per line, conversion artefacts removed. Files in a legacy
/// Vietnamese encoding come out in Unicode, with a notice saying which encoding was assumed.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    public string Format => "txt";

    public ExtractedDocument Read(Stream content, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var budget = options.StartBudget();
        var decoded = TextDecoder.Decode(BoundedContent.ReadAll(content, budget));
        budget.Check();

        var paragraphs = decoded.Text
            .Split('\n')
            .Select(line => MarkdownArtifacts.Remove(line.TrimEnd('\r')))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .ToList();
        if (paragraphs.Count == 0)
            throw new DocumentReadException("Tệp văn bản không có nội dung (chỉ có khoảng trắng)");
        if (decoded.Legacy is not { } legacy)
            return ExtractedDocument.FromParagraphs(paragraphs);
        var share = (int)Math.Round(legacy.Score.ValidShare * 100);
        return ExtractedDocument.FromParagraphs(paragraphs) with
        {
            Notices = [$"Tệp được viết bằng bảng mã cũ {LegacyEncodingNames.Of(legacy.Encoding)}, đã chuyển sang Unicode ({share}% số từ là âm tiết tiếng Việt hợp lệ)"],
        };
    }
}
