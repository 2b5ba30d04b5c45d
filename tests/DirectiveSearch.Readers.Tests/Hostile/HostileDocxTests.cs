using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using DirectiveSearch.Readers.Docx;
using DirectiveSearch.Readers.Tests.Docx;
using static DirectiveSearch.Readers.Tests.Docx.TestDocx;

namespace DirectiveSearch.Readers.Tests.Hostile;

/// <summary>
/// Word files built to hurt the reader: zip bombs, packages of countless entries, XML nested or
/// sized to exhaust the OpenXml SDK, DTD entity bombs. Each is refused, quickly, with the limit it
/// passed named; none is inflated or parsed in full first.
/// </summary>
public sealed class HostileDocxTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(20);

    private static string Refusal(byte[] docx, ReadLimits? limits = null)
    {
        var clock = Stopwatch.StartNew();
        var refusal = Assert.Throws<DocumentReadException>(() =>
            new DocxReader().Read(new MemoryStream(docx, writable: false), ReadOptions.For("hostile.docx") with { Limits = limits ?? ReadLimits.Default }));
        Assert.True(clock.Elapsed < Quick, $"took {clock.Elapsed}");
        return refusal.Message;
    }

    /// <summary>A real Word package whose document.xml is replaced by <paramref name="write"/>'s output, streamed into the ZIP.</summary>
    private static byte[] WithDocumentXml(Action<TextWriter> write, CompressionLevel level = CompressionLevel.Optimal)
    {
        var docx = FromBody(Paragraph("KẾ HOẠCH"));
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", level).Open(), new UTF8Encoding(false));
            write(writer);
        }

        return buffer.ToArray();
    }

    private static void Nested(TextWriter writer, int depth, string element)
    {
        writer.Write($"<w:document {Namespaces}><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++)
            writer.Write($"<{element}>");
        for (var i = 0; i < depth; i++)
            writer.Write($"</{element}>");
        writer.Write("</w:body></w:document>");
    }

    [Fact]
    public void A_zip_bomb_entry_is_refused_from_its_compression_ratio_without_inflating_it()
    {
        // 64 MB of one repeated run deflates about a thousandfold: under the size limits, far over the ratio.
        var docx = WithDocumentXml(writer =>
        {
            writer.Write($"<w:document {Namespaces}><w:body><w:p><w:r><w:t>");
            var run = new string('A', 1 << 20);
            for (var i = 0; i < 64; i++)
                writer.Write(run);
            writer.Write("</w:t></w:r></w:p></w:body></w:document>");
        });
        Assert.True(docx.Length < 1024 * 1024);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var reason = Refusal(docx);

        Assert.Contains("'word/document.xml' nén", reason, StringComparison.Ordinal);
        Assert.Contains("zip bomb", reason, StringComparison.Ordinal);
        // Inflating the entry would have allocated at least its 64 MB.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 16 * 1024 * 1024);
    }

    [Fact]
    public void An_entry_whose_header_understates_its_size_is_never_inflated_past_the_declared_size()
    {
        // The directory declares 200 KB for a part that inflates to about 20 MB: the header lies.
        var docx = WithDocumentXml(writer =>
        {
            writer.Write($"<w:document {Namespaces}><w:body>");
            for (var i = 0; i < 400_000; i++)
                writer.Write($"<w:p><w:r><w:t>Đoạn {i}</w:t></w:r></w:p>");
            writer.Write("</w:body></w:document>");
        });
        var lying = TestZip.Declaring(docx, 200 * 1024, "word/document.xml");
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var reason = Refusal(lying);

        // Cut at 200 KB, the XML ends mid-element: damaged, named, and never inflated in full.
        Assert.StartsWith("Tệp DOCX bị hỏng: nội dung XML của word/document.xml không đọc được", reason, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 20 * 1024 * 1024);
        // With a cap below the declared size, reading stops at the cap whatever the header says.
        var capped = Refusal(lying, ReadLimits.Default with { MaxXmlCharacters = 64 * 1024 });
        Assert.StartsWith("Tệp DOCX bị từ chối: ", capped, StringComparison.Ordinal);
        Assert.Contains("'word/document.xml'", capped, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_of_more_entries_than_a_document_has_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i <= ReadLimits.Default.MaxZipEntries; i++)
                zip.CreateEntry($"word/media/image{i}.png", CompressionLevel.NoCompression);
        }

        Assert.Contains($"gói có {ReadLimits.Default.MaxZipEntries + 1} thành phần, vượt giới hạn", Refusal(buffer.ToArray()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("w:sdt")]
    [InlineData("unknown")]
    public void Xml_nested_deep_enough_to_overflow_the_sdk_is_refused_instead_of_ending_the_process(string element)
    {
        // 100,000 levels overflowed the SDK's recursive loader: the test host died with "Stack overflow".
        var docx = WithDocumentXml(writer => Nested(writer, 100_000, element));

        var reason = Refusal(docx);

        Assert.Contains($"XML của 'word/document.xml' lồng sâu hơn {ReadLimits.Default.MaxXmlDepth} cấp", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_in_footnotes_is_refused_and_in_a_part_never_loaded_ignored()
    {
        var deep = new StringWriter();
        Nested(deep, 100_000, "w:sdt");
        var withNotes = WithNotes(Paragraph("KẾ HOẠCH").OuterXml, ["Chú thích"], []);

        var notes = WithEntry(withNotes, "word/footnotes.xml", deep.ToString());
        var unused = WithEntry(withNotes, "customXml/item1.xml", deep.ToString());

        Assert.Contains("XML của 'word/footnotes.xml' lồng sâu hơn", Refusal(notes), StringComparison.Ordinal);
        Assert.Equal(["KẾ HOẠCH", " Chú thích"], DocxText.Paragraphs(unused));
    }

    [Fact]
    public void Nesting_within_the_limit_is_read()
    {
        // Tables in table cells in text boxes: depth a real file can reach, well under the limit.
        var docx = WithDocumentXml(writer => Nested(writer, ReadLimits.Default.MaxXmlDepth - 10, "w:sdt"));

        var document = new DocxReader().Read(new MemoryStream(docx), ReadOptions.For("deep.docx"));

        Assert.Equal(["KẾ HOẠCH"], document.Paragraphs);
    }

    [BenchFact]
    public void Every_real_word_file_is_within_the_xml_limits()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.Corpus, "*.docx")
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Bench, "formats"), "*.docx"))
            .ToList();
        var deepest = 0;
        foreach (var file in files)
        {
            using var zip = ZipFile.OpenRead(file);
            using var reader = System.Xml.XmlReader.Create(zip.GetEntry("word/document.xml")!.Open());
            while (reader.Read())
                deepest = Math.Max(deepest, reader.Depth);
        }

        Assert.True(files.Count > 100);
        // The limit must leave room: four times the deepest real document.
        Assert.InRange(deepest * 4, 1, ReadLimits.Default.MaxXmlDepth);
    }

    [Fact]
    public void A_part_with_more_characters_than_the_limit_is_refused()
    {
        var docx = WithDocumentXml(writer =>
        {
            writer.Write($"<w:document {Namespaces}><w:body>");
            for (var i = 0; i < 20_000; i++)
                writer.Write($"<w:p><w:r><w:t>Đoạn {i} của kế hoạch thực hiện</w:t></w:r></w:p>");
            writer.Write("</w:body></w:document>");
        });

        var reason = Refusal(docx, ReadLimits.Default with { MaxXmlCharacters = 500_000 });

        Assert.Contains("XML của 'word/document.xml' có hơn 500.000 ký tự, vượt giới hạn", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dtd_entity_bomb_is_refused_without_expanding_it()
    {
        var docx = WithDocumentXml(writer =>
        {
            writer.Write("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">");
            for (var i = 1; i < 10; i++)
                writer.Write($"<!ENTITY {(char)('a' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}\">");
            writer.Write($"]><w:document {Namespaces}><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>");
        });

        Assert.Contains("có khai báo DTD", Refusal(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_part_the_reader_never_loads_does_not_cost_the_document()
    {
        var docx = WithEntry(FromBody(Paragraph("KẾ HOẠCH")), "docProps/app.xml", "<Properties><Pages>1</Pag");

        Assert.Equal(["KẾ HOẠCH"], DocxText.Paragraphs(docx));
    }

    [Fact]
    public void A_read_past_its_time_or_allocation_limit_is_refused()
    {
        var docx = File.ReadAllBytes(RepositoryFiles.Seed("000", ".docx"));

        Assert.StartsWith("Quá thời gian", Refusal(docx, ReadLimits.Default with { Timeout = TimeSpan.Zero }), StringComparison.Ordinal);
        Assert.StartsWith("Vượt giới hạn bộ nhớ", Refusal(docx, ReadLimits.Default with { MaxAllocatedBytes = 64 * 1024 }), StringComparison.Ordinal);
        Assert.StartsWith("Tệp quá lớn", Refusal(docx, ReadLimits.Default with { MaxFileBytes = 1024 }), StringComparison.Ordinal);
        // A stream of unknown length is cut off while it is buffered, not after.
        var unseekable = Assert.Throws<DocumentReadException>(() =>
            new DocxReader().Read(new ForwardOnlyStream(docx), ReadOptions.For("hostile.docx") with { Limits = ReadLimits.Default with { MaxFileBytes = 1024 } }));
        Assert.StartsWith("Tệp quá lớn: hơn 1 KB", unseekable.Message, StringComparison.Ordinal);
    }
    /// <summary>
    /// styles.xml is read by its own streaming reader, outside DocxXmlCheck: it is held to the same character limit. Past it
    /// the styles are dropped (costing inherited legacy fonts only), so the TCVN3 body of a .VnTime default style stays as typed.
    /// </summary>
    [Theory]
    [InlineData(1_000, "Đảng Cộng sản")]
    [InlineData(20_000, "§¶ng Céng s¶n")]
    public void A_styles_part_is_held_to_the_xml_character_limit(int fillerStyles, string expected)
    {
        using var buffer = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("§¶ng Céng s¶n")))));
            var styles = main.AddNewPart<DocumentFormat.OpenXml.Packaging.StyleDefinitionsPart>();
            using var writer = new StreamWriter(styles.GetStream(FileMode.Create));
            writer.Write($"<w:styles xmlns:w=\"{RawDocx.WordNamespace}\"><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:rPr><w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/></w:rPr></w:style>");
            for (var i = 0; i < fillerStyles; i++)
                writer.Write($"<w:style w:type=\"character\" w:styleId=\"s{i}\"/>");
            writer.Write("</w:styles>");
        }

        var limits = ReadLimits.Default with { MaxXmlCharacters = 256 * 1024 };
        var read = new DocxReader().Read(new MemoryStream(buffer.ToArray(), writable: false), ReadOptions.For("styles.docx") with { Limits = limits });

        Assert.Equal([expected], read.Paragraphs);
    }
}
