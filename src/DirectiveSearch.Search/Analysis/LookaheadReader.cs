namespace DirectiveSearch.Search.Analysis;

/// <summary>
/// A window over a <see cref="TextReader"/> that lets the tokenizer look a bounded number of chars
/// ahead of its position without reading the whole field: "01- KL/TW" is only known to be one symbol
/// after its last letter. The buffer is reused across documents and refilled in blocks.
/// </summary>
internal sealed class LookaheadReader
{
    private const int InitialCapacity = 4096;

    private char[] buffer = new char[InitialCapacity];
    private TextReader? reader;
    private int head;      // index in buffer of the current position
    private int available; // chars buffered from head on
    private bool exhausted;

    /// <summary>Offset of the current position from the start of the input.</summary>
    public int Offset { get; private set; }

    public void Reset(TextReader input)
    {
        reader = input;
        head = 0;
        available = 0;
        exhausted = false;
        Offset = 0;
    }

    /// <summary>Drops the reference to the reader; the buffer stays for the next document.</summary>
    public void Release() => reader = null;

    /// <summary>The char <paramref name="ahead"/> places after the current position, or -1 past the end of input.</summary>
    public int Peek(int ahead)
    {
        if (ahead >= available && !Fill(ahead + 1))
            return -1;
        return buffer[head + ahead];
    }

    /// <summary>At least <paramref name="count"/> chars from the current position, or all that remain when the input ends sooner.</summary>
    public ReadOnlySpan<char> PeekSpan(int count)
    {
        if (count > available)
            Fill(count);
        return buffer.AsSpan(head, Math.Min(count, available));
    }

    public void Advance(int count)
    {
        head += count;
        available -= count;
        Offset += count;
    }

    /// <summary>Reads until <paramref name="count"/> chars are buffered from the current position; false when the input ends first.</summary>
    private bool Fill(int count)
    {
        while (available < count && !exhausted)
        {
            if (head + available == buffer.Length)
            {
                if (count > buffer.Length)
                    Array.Resize(ref buffer, Math.Max(count, buffer.Length * 2));
                Array.Copy(buffer, head, buffer, 0, available);
                head = 0;
            }

            var read = reader!.Read(buffer, head + available, buffer.Length - head - available);
            if (read <= 0)
                exhausted = true;
            else
                available += read;
        }

        return available >= count;
    }
}
