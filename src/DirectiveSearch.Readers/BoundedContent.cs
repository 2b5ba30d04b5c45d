namespace DirectiveSearch.Readers;

/// <summary>Reads a whole input into memory, refusing one larger than <see cref="ReadLimits.MaxFileBytes"/>
/// before holding it all (a stream's length can be unknown, or lie).</summary>
internal static class BoundedContent
{
    public static byte[] ReadAll(Stream content, ReadBudget budget)
    {
        var max = budget.Limits.MaxFileBytes;
        if (content.CanSeek && content.Length - content.Position > max)
            throw TooLarge(Sizes.Bytes(content.Length - content.Position), max);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk)) > 0)
        {
            if (buffer.Length + read > max)
                throw TooLarge("hơn " + Sizes.Bytes(max), max);
            buffer.Write(chunk, 0, read);
            budget.Check();
        }

        return buffer.ToArray();
    }

    public static DocumentReadException TooLarge(string size, long max) =>
        new($"Tệp quá lớn: {size}, vượt giới hạn {Sizes.Bytes(max)} cho một tệp");
}
