namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// Tells from the first bytes whether a file can be a DOCX package at all, and otherwise what it
/// is: users rename files, and "this is a PDF" helps more than "damaged".
/// </summary>
internal static class DocxSignature
{
    public const string NotAPackage = "Tệp không phải DOCX hợp lệ (không phải gói ZIP/Office Open XML)";

    // An OLE compound file is either a legacy .doc or a password-protected .docx: Office encrypts the
    // whole package into an OLE container, so both look the same from outside.
    private static ReadOnlySpan<byte> OleCompoundFile => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Leaves <paramref name="package"/> at position 0.</summary>
    public static void EnsurePackage(Stream package)
    {
        Span<byte> head = stackalloc byte[16];
        package.Position = 0;
        var length = package.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        package.Position = 0;
        head = head[..length];

        if (length == 0)
            throw new DocumentReadException("Tệp rỗng (0 byte)");
        if (head.StartsWith(OleCompoundFile))
            throw new DocumentReadException(
                "Tệp Word được mã hóa hoặc là định dạng .doc cũ, không phải gói DOCX; hãy gỡ mật khẩu hoặc mở bằng Word và lưu lại thành .docx");
        // Local file header, or the end record of an empty archive: both are ZIP files.
        if (!head.StartsWith("PK\u0003\u0004"u8) && !head.StartsWith("PK\u0005\u0006"u8))
            throw new DocumentReadException(NotAPackage + Guess(head));
    }

    private static string Guess(ReadOnlySpan<byte> head)
    {
        var start = head.StartsWith("\uFEFF"u8) ? head[3..] : head;
        start = start.TrimStart(" \t\r\n"u8);
        if (start.StartsWith("%PDF"u8))
            return ": đây là tệp PDF";
        if (start.StartsWith("{\\rtf"u8))
            return ": đây là tệp RTF; hãy mở bằng Word và lưu lại thành .docx";
        if (start.StartsWith("<"u8))
            return ": đây là tệp HTML/XML; hãy mở bằng Word và lưu lại thành .docx";
        return string.Empty;
    }
}
