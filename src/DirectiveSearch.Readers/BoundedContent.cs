namespace DirectiveSearch.Readers;

/// <summary>Reads a whole input into memory, refusing one larger than <see cref="ReadLimits.MaxFileBytes"/>
/// before holding it all (a stream's length can be unknown, or lie).</summary>
internal static class BoundedContent
{
    public static byte[] ReadAll(Stream content, ReadBudget budget)
    {
        var max = budget.Limits.MaxFileBytes;
        if (content.CanSeek && content.Length - content.Position > max)
            throw TooLarge($"{Megabytes(content.Length - content.Position)} MB", max);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk)) > 0)
        {
            if (buffer.Length + read > max)
                throw TooLarge("hơn " + Megabytes(max) + " MB", max);
            buffer.Write(chunk, 0, read);
            budget.Check();
        }

        return buffer.ToArray();
    }

    public static DocumentReadException TooLarge(string size, long max) =>
        new($"Tệp quá lớn: {size}, vượt giới hạn {Megabytes(max)} MB cho một tệp");

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
