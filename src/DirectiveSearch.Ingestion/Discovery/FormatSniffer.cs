namespace DirectiveSearch.Ingestion.Discovery;

/// <summary>
/// Identifies a file's real format from its first bytes. Names lie (a .pdf that is a Word file,
/// a .docx that is text), so the pipeline checks the content before choosing a reader.
/// </summary>
public static class FormatSniffer
{
    public static FileFormat Detect(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
            return FileFormat.Empty;
        // PDF readers accept the header anywhere in the first kilobyte.
        var window = head[..Math.Min(head.Length, 1024)];
        if (window.IndexOf("%PDF-"u8) >= 0)
            return FileFormat.Pdf;
        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8))
            return FileFormat.Zip;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            return FileFormat.OleCompound;
        return LooksLikeText(head) ? FileFormat.Text : FileFormat.Unknown;
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return true;
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
                return false;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
                controls++;
        }

        // Text in a legacy 8-bit encoding is still text; a few stray control bytes are tolerated.
        return controls * 100 <= head.Length;
    }

    public static string Describe(FileFormat format) => format switch
    {
        FileFormat.Empty => "tệp rỗng",
        FileFormat.Text => "văn bản thuần",
        FileFormat.Pdf => "PDF",
        FileFormat.Zip => "gói ZIP/DOCX",
        FileFormat.OleCompound => "tệp Office cũ (.doc) hoặc tệp Office bị mã hóa",
        _ => "dữ liệu nhị phân không rõ định dạng",
    };
}
