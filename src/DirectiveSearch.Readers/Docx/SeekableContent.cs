namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// The file as a stream that starts at position 0 and can seek, as ZipArchive and OpenXml need.
/// A seekable stream at its start is used in place, so large files are not copied; anything else
/// (network, pipe, or a stream positioned past a prefix) is buffered from its current position.
/// </summary>
internal sealed class SeekableContent : IDisposable
{
    private readonly bool owned;

    private SeekableContent(Stream stream, bool owned)
    {
        Stream = stream;
        this.owned = owned;
    }

    public Stream Stream { get; }

    public static SeekableContent From(Stream content, ReadBudget budget)
    {
        if (content.CanSeek && content.Position == 0)
        {
            if (content.Length > budget.Limits.MaxFileBytes)
                throw BoundedContent.TooLarge(Sizes.Bytes(content.Length), budget.Limits.MaxFileBytes);
            return new SeekableContent(content, owned: false);
        }

        return new SeekableContent(new MemoryStream(BoundedContent.ReadAll(content, budget), writable: false), owned: true);
    }

    public void Dispose()
    {
        if (owned)
            Stream.Dispose();
    }
}
