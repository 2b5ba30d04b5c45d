using System.Text;

namespace DirectiveSearch.Readers.Tests.Legacy;

/// <summary>
/// A one-page PDF written byte by byte whose lines are drawn in named, non-embedded simple fonts with the
/// WinAnsi encoding, as a PDF printed from a .VnTime or VNI-Times document reports them: the text bytes are
/// the legacy codes ("§¶ng" for "Đảng"), PdfPig reads them as the Windows-1252 letters of those codes, and
/// only the font's base name says they are TCVN3 or VNI. PdfPig's builder cannot write such a font (it embeds
/// real TrueType files), hence the hand-written file.
/// </summary>
internal static class LegacyFontPdf
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <param name="lines">Each line's font base name ("ABCDEF+.VnTime") and its text as stored (Windows-1252 characters).</param>
    /// <param name="zeroWidth">Characters drawn with no advance: VNI's mark glyphs, which sit over the letter before them.</param>
    /// <param name="toUnicode">
    /// Give each font a ToUnicode map to the Windows-1252 characters of its codes, as Word's PDF export does.
    /// Without one PdfPig names codes by WinAnsi glyph names, which read TCVN3's ư (AD, "hyphen") as "-".
    /// </param>
    public static byte[] Write(IReadOnlyList<(string Font, string Text)> lines, string zeroWidth = "", bool toUnicode = true)
    {
        var fonts = lines.Select(line => line.Font).Distinct().ToList();
        var content = new StringBuilder();
        var y = 760;
        foreach (var (font, text) in lines)
        {
            content.Append($"BT /F{fonts.IndexOf(font) + 1} 12 Tf 72 {y} Td <{Convert.ToHexString(Windows1252.GetBytes(text))}> Tj ET\n");
            y -= 60; // far apart: each line is a paragraph of its own
        }

        var widths = string.Join(' ', Enumerable.Range(32, 224).Select(code =>
            zeroWidth.Contains(Windows1252.GetString([(byte)code])[0]) ? 0 : code == 32 ? 250 : 500));
        var output = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        void Object(string body)
        {
            offsets.Add(output.Position);
            Write($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        var fontObjects = string.Join(' ', fonts.Select((_, index) => $"/F{index + 1} {5 + (2 * index)} 0 R"));
        var stream = Encoding.ASCII.GetBytes(content.ToString());
        Write("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << {fontObjects} >> >> /Contents 4 0 R >>");
        offsets.Add(output.Position);
        Write($"4 0 obj\n<< /Length {stream.Length} >>\nstream\n");
        output.Write(stream);
        Write("\nendstream\nendobj\n");
        var cmapObject = 5 + (2 * fonts.Count);
        foreach (var (font, index) in fonts.Select((font, index) => (font, index)))
        {
            var map = toUnicode ? $" /ToUnicode {cmapObject} 0 R" : string.Empty;
            Object($"<< /Type /Font /Subtype /TrueType /BaseFont /{font} /FirstChar 32 /LastChar 255 /Widths [{widths}] "
                + $"/Encoding /WinAnsiEncoding /FontDescriptor {6 + (2 * index)} 0 R{map} >>");
            Object($"<< /Type /FontDescriptor /FontName /{font} /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 "
                + "/Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>");
        }

        if (toUnicode)
        {
            var cmap = Encoding.ASCII.GetBytes(ToUnicodeMap());
            offsets.Add(output.Position);
            Write($"{offsets.Count} 0 obj\n<< /Length {cmap.Length} >>\nstream\n");
            output.Write(cmap);
            Write("\nendstream\nendobj\n");
        }

        var xref = output.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static string ToUnicodeMap()
    {
        var entries = Enumerable.Range(32, 224)
            .Select(code => $"<{code:X2}> <{(int)Windows1252.GetString([(byte)code])[0]:X4}>")
            .ToList();
        var map = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            + "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n");
        foreach (var chunk in entries.Chunk(100))
            map.Append($"{chunk.Length} beginbfchar\n{string.Join('\n', chunk)}\nendbfchar\n");
        return map.Append("endcmap CMapName currentdict /CMap defineresource pop end end").ToString();
    }
}
