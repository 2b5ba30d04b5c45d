using System.IO.Compression;
using System.Xml;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// Streams every XML part of the package once through a bare XmlReader before the OpenXml SDK loads
/// any: refuses nesting deep enough to overflow the SDK's recursive tree building (a stack overflow
/// ends the process; it cannot be caught), parts with more characters than the limit, DTDs (entity
/// expansion, "billion laughs"), and entries that inflate past the size their header declared.
/// Plain damage (bad XML, a bad checksum) is left to the SDK, which meets it only in the parts it loads.
/// Streaming costs one extra pass over the XML (a few milliseconds for a real document) and holds
/// nothing in memory.
/// </summary>
internal static class DocxXmlCheck
{
    private const int NodesPerCheck = 4096;

    /// <summary>Leaves <paramref name="package"/> at position 0.</summary>
    public static void Ensure(Stream package, ReadBudget budget)
    {
        var limits = budget.Limits;
        try
        {
            package.Position = 0;
            // DocxPackageCheck has opened this directory already; a failure here is not expected.
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                if (IsXml(entry.FullName))
                    Scan(entry, budget, limits);
            }
        }
        finally
        {
            package.Position = 0;
        }
    }

    private static void Scan(ZipArchiveEntry entry, ReadBudget budget, ReadLimits limits)
    {
        var name = entry.FullName;
        // UTF-8 takes at least one byte per character and UTF-16 two, so a byte cap of twice the
        // character limit never refuses a part the character limit would accept.
        var maxBytes = Math.Min(limits.MaxZipEntryBytes, 2 * limits.MaxXmlCharacters);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxXmlCharacters,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            CloseInput = true,
        };
        try
        {
            using var stream = new CheckedStream(entry.Open(), budget, maxBytes, () =>
                $"Tệp DOCX bị từ chối: thành phần '{name}' giải nén ra hơn {Sizes.Bytes(maxBytes)} (nghi là tệp nén độc hại, zip bomb)");
            using var reader = XmlReader.Create(stream, settings);
            var nodes = 0;
            while (reader.Read())
            {
                if (reader.Depth > limits.MaxXmlDepth)
                    throw new DocumentReadException(
                        $"Tệp DOCX bị từ chối: XML của '{name}' lồng sâu hơn {limits.MaxXmlDepth} cấp (tài liệu Word thật không lồng sâu như vậy; nghi là tệp độc hại)");
                if (++nodes % NodesPerCheck == 0)
                    budget.Check();
            }
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            // The runtime's message is the only thing telling a DTD refusal from other bad XML.
            throw new DocumentReadException($"Tệp DOCX bị từ chối: XML của '{name}' có khai báo DTD, điều tài liệu Word không bao giờ có (nghi là tệp độc hại)", e);
        }
        catch (XmlException e) when (e.Message.Contains(nameof(XmlReaderSettings.MaxCharactersInDocument), StringComparison.Ordinal))
        {
            throw new DocumentReadException(
                $"Tệp DOCX bị từ chối: XML của '{name}' có hơn {Sizes.Count(limits.MaxXmlCharacters)} ký tự, vượt giới hạn", e);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            // Damage, not hostility: the SDK reports it for the parts the reader loads, naming the
            // part; a broken part it never loads (docProps/app.xml, a theme) must not cost the document.
        }
    }

    // Only XML parts are parsed by the SDK; images and embedded files are never inflated.
    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
}
