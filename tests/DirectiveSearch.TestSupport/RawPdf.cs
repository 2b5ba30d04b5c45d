using System.IO.Compression;
using System.Text;

namespace DirectiveSearch.TestSupport;

/// <summary>
/// PDFs written object by object, for structures no PDF library would produce: a content stream
/// that inflates to hundreds of megabytes, a page of millions of text operators.
/// </summary>
public static class RawPdf
{
    private const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    /// <summary>One page whose content stream is <paramref name="content"/>, Flate-compressed when asked.</summary>
    public static byte[] OnePage(byte[] content, bool compress)
    {
        var data = compress ? Deflate(content) : content;
        var filter = compress ? " /Filter /FlateDecode" : string.Empty;
        return Build(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            Stream($"<< /Length {data.Length}{filter} >>", data),
            Font);
    }

    /// <summary>One page drawing <paramref name="runs"/> tiny strings: cheap to store compressed, slow to parse.</summary>
    public static byte[] ManyOperators(int runs)
    {
        var content = new StringBuilder("BT /F1 1 Tf 72 700 Td ");
        for (var i = 0; i < runs; i++)
            content.Append("(ab) Tj ");
        content.Append("ET");
        return OnePage(Encoding.ASCII.GetBytes(content.ToString()), compress: true);
    }

    /// <summary>
    /// <paramref name="pages"/> pages of <paramref name="runsPerPage"/> tiny strings each: slow to parse as a whole while
    /// every page stays within the per-page limits (text operators, glyphs), so only the time limit stops it.
    /// </summary>
    public static byte[] ManyPagesOfOperators(int pages, int runsPerPage)
    {
        var content = new StringBuilder("BT /F1 1 Tf 72 700 Td ");
        for (var i = 0; i < runsPerPage; i++)
            content.Append("(ab) Tj ");
        var data = Deflate(Encoding.ASCII.GetBytes(content.Append("ET").ToString()));
        // 1 catalog, 2 pages, 3 font, 4 the shared content stream, then the pages.
        var kids = string.Join(' ', Enumerable.Range(5, pages).Select(n => $"{n} 0 R"));
        var objects = new List<object>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{kids}] /Count {pages} >>",
            Font,
            Stream($"<< /Length {data.Length} /Filter /FlateDecode >>", data),
        };
        for (var page = 0; page < pages; page++)
            objects.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
        return Build([.. objects]);
    }

    /// <summary>A content stream of <paramref name="megabytes"/> MB of spaces: a decompression bomb of a few hundred kilobytes.</summary>
    public static byte[] InflatingContent(int megabytes)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)' ');
            for (var i = 0; i < megabytes; i++)
                zlib.Write(block);
        }

        var data = compressed.ToArray();
        return Build(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            Stream($"<< /Length {data.Length} /Filter /FlateDecode >>", data));
    }

    /// <summary>Objects 1..n (each a string, or raw bytes for streams), a cross-reference table and a trailer with /Root 1 0 R.</summary>
    public static byte[] Build(params object[] objects)
    {
        var output = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.4\n");
        foreach (var body in objects)
        {
            offsets.Add(output.Position);
            Write($"{offsets.Count} 0 obj\n");
            if (body is byte[] raw)
                output.Write(raw);
            else
                Write((string)body);
            Write("\nendobj\n");
        }

        var xref = output.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Encoding.ASCII.GetBytes(dictionary + "\nstream\n"), .. data, .. "\nendstream"u8];

    private static byte[] Deflate(byte[] content)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(content);
        return compressed.ToArray();
    }
}
