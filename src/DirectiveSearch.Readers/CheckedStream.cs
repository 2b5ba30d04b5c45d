namespace DirectiveSearch.Readers;

/// <summary>
/// A read-only view of a stream that charges a <see cref="ReadBudget"/> as a parser reads it, and can
/// refuse to yield more than a set number of bytes. Parsers (PdfPig, XmlReader) read their input
/// throughout their work, so this is where a runaway parse is stopped, and where a ZIP entry that
/// inflates past what its header said is cut off.
/// </summary>
internal sealed class CheckedStream(Stream inner, ReadBudget budget, long maxBytes = long.MaxValue, Func<string>? overflowReason = null) : Stream
{
    // A budget check costs a few nanoseconds; every 256 calls or 64 KB keeps it invisible next to parsing.
    private const int CallsPerCheck = 256;
    private const long BytesPerCheck = 64 * 1024;

    private long total;
    private long sinceCheck;
    private int calls;

    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set
        {
            Tick(0);
            inner.Position = value;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Tick(read);
        return read;
    }

    public override int ReadByte()
    {
        var value = inner.ReadByte();
        Tick(value < 0 ? 0 : 1);
        return value;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Tick(0);
        return inner.Seek(offset, origin);
    }

    public override void Flush() { }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Tick(int read)
    {
        total += read;
        if (total > maxBytes)
            throw new DocumentReadException(overflowReason?.Invoke() ?? $"Tệp vượt giới hạn {maxBytes} byte");
        sinceCheck += read;
        if (++calls < CallsPerCheck && sinceCheck < BytesPerCheck)
            return;
        calls = 0;
        sinceCheck = 0;
        budget.Check();
    }
}
