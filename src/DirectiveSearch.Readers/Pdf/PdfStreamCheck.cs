namespace DirectiveSearch.Readers.Pdf;

/// <summary>
/// Inflates every Flate stream of a PDF that PdfPig may decode (page contents, forms, fonts, object
/// and cross-reference streams; not images, which text extraction never decodes) into nothing,
/// counting, before PdfPig sees the file. PdfPig inflates a stream into one array with no limit: a
/// 300 KB file can hold a content stream of gigabytes, which takes the process's memory before any
/// budget check could run. The pass costs one decompression of those streams, a few milliseconds
/// for a real document. On the way it counts each stream's text-showing operators (Tj, TJ), compressed
/// or not, against <see cref="ReadLimits.MaxTextOperatorsPerStream"/>: a few bytes per operator make
/// millions of them cheap to store and gigabytes to parse.
/// </summary>
/// <remarks>
/// Streams are found by their keyword, not by parsing: a false hit inside binary data fails to
/// inflate at once and is skipped, as is a stream that is damaged or encrypted (an encrypted file's
/// streams cannot be checked before decryption; they stay bounded by the allocation budget only).
/// </remarks>
internal static class PdfStreamCheck
{
    // How far before "stream" its dictionary may begin; real dictionaries are under a kilobyte.
    private const int DictionaryWindow = 4096;

    public static void Ensure(byte[] bytes, ReadBudget budget)
    {
        var max = budget.Limits.MaxDecodedStreamBytes;
        var scratch = new byte[64 * 1024];
        var at = 0;
        while (at < bytes.Length)
        {
            var found = bytes.AsSpan(at).IndexOf("stream"u8);
            if (found < 0)
                return;
            var keyword = at + found;
            at = keyword + "stream"u8.Length;
            if (keyword >= 3 && bytes.AsSpan(keyword - 3, 3).SequenceEqual("end"u8))
                continue;
            var data = DataStart(bytes, at);
            if (data < 0)
                continue;
            var operators = new TextOperatorCount();
            if (IsFlateNonImage(bytes, keyword))
            {
                var decoded = Inflate(bytes, data, max, scratch, budget, operators);
                if (decoded > max)
                    throw new DocumentReadException(
                        $"Tệp PDF bị từ chối: một luồng nén ở byte {data} giải nén ra hơn {Sizes.Bytes(max)} (nghi là tệp độc hại, bom giải nén)");
            }
            else if (!IsFiltered(bytes, keyword))
            {
                var end = bytes.AsSpan(data).IndexOf("endstream"u8);
                operators.Add(bytes.AsSpan(data, end < 0 ? bytes.Length - data : end));
            }

            if (operators.Count > budget.Limits.MaxTextOperatorsPerStream)
                throw new DocumentReadException(
                    $"Tệp PDF bị từ chối: một luồng nội dung ở byte {data} có hơn {Sizes.Count(budget.Limits.MaxTextOperatorsPerStream)} lệnh vẽ chữ (Tj/TJ), quá nhiều cho một trang thật (nghi là tệp độc hại)");
        }
    }

    private static bool IsFiltered(byte[] bytes, int keyword)
    {
        var from = Math.Max(0, keyword - DictionaryWindow);
        var window = bytes.AsSpan(from, keyword - from);
        var open = window.LastIndexOf("obj"u8);
        return (open < 0 ? window : window[open..]).IndexOf("/Filter"u8) >= 0;
    }

    /// <summary>Occurrences of "Tj" and "TJ" in a stream read in chunks (a pair split between chunks counts too).</summary>
    private sealed class TextOperatorCount
    {
        private byte last;

        public long Count { get; private set; }

        public void Add(ReadOnlySpan<byte> chunk)
        {
            if (chunk.IsEmpty)
                return;
            if (last == (byte)'T' && chunk[0] is (byte)'j' or (byte)'J')
                Count++;
            for (var at = chunk.IndexOf((byte)'T'); at >= 0 && at < chunk.Length - 1;)
            {
                if (chunk[at + 1] is (byte)'j' or (byte)'J')
                    Count++;
                var next = chunk[(at + 1)..].IndexOf((byte)'T');
                at = next < 0 ? -1 : at + 1 + next;
            }

            last = chunk[^1];
        }
    }

    // The keyword is followed by CRLF or LF (a lone CR is tolerated, as readers do).
    private static int DataStart(byte[] bytes, int afterKeyword)
    {
        if (afterKeyword < bytes.Length && bytes[afterKeyword] == (byte)'\r')
            afterKeyword++;
        else if (afterKeyword >= bytes.Length || bytes[afterKeyword] != (byte)'\n')
            return -1;
        if (afterKeyword < bytes.Length && bytes[afterKeyword] == (byte)'\n')
            afterKeyword++;
        return afterKeyword;
    }

    private static bool IsFlateNonImage(byte[] bytes, int keyword)
    {
        var from = Math.Max(0, keyword - DictionaryWindow);
        var window = bytes.AsSpan(from, keyword - from);
        var open = window.LastIndexOf("obj"u8);
        var dictionary = open < 0 ? window : window[open..];
        return dictionary.IndexOf("/FlateDecode"u8) >= 0 && dictionary.IndexOf("/Image"u8) < 0;
    }

    /// <summary>Decoded length, or max + 1 as soon as it is passed.</summary>
    private static long Inflate(byte[] bytes, int data, long max, byte[] scratch, ReadBudget budget, TextOperatorCount operators)
    {
        long total = 0;
        try
        {
            using var inflater = new System.IO.Compression.ZLibStream(
                new MemoryStream(bytes, data, bytes.Length - data, writable: false), System.IO.Compression.CompressionMode.Decompress);
            int read;
            while ((read = inflater.Read(scratch)) > 0)
            {
                total += read;
                operators.Add(scratch.AsSpan(0, read));
                if (total > max)
                    return total;
                budget.Check();
            }
        }
        catch (InvalidDataException)
        {
            // Not a zlib stream after all, or damaged or encrypted: PdfPig decides what to make of it.
        }

        return total;
    }
}
