using System.IO.Compression;
using System.Xml;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// Streams every XML part the OpenXml SDK will parse (content types, relationships, the main
/// document, its footnotes and endnotes) once through a bare XmlReader before the SDK loads any: refuses nesting deep enough to overflow the SDK's recursive tree building (a stack overflow
/// ends the process; it cannot be caught), parts with more characters than the limit, DTDs (entity
/// expansion, "billion laughs"), and entries that inflate past the size their header declared.
/// Plain damage (bad XML, a bad checksum) is left to the SDK, which meets it only in the parts it loads.
/// Streaming costs one extra pass over the XML (a few milliseconds for a real document) and holds
/// nothing in memory.
/// </summary>
internal static class DocxXmlCheck
{
    private const int NodesPerCheck = 4096;

    // Relationships are a few kilobytes; anything near this is not a relationships part.
    private const long MaxRelationshipsBytes = 1024 * 1024;

    /// <summary>Leaves <paramref name="package"/> at position 0.</summary>
    public static void Ensure(Stream package, string mainDocument, ReadBudget budget)
    {
        var limits = budget.Limits;
        try
        {
            package.Position = 0;
            // DocxPackageCheck has opened this directory already; a failure here is not expected.
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            var loaded = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { mainDocument };
            loaded.UnionWith(NotesOf(zip, mainDocument));
            foreach (var entry in zip.Entries)
            {
                if (IsPackageDescription(entry.FullName) || loaded.Contains(entry.FullName))
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

    // The SDK parses these for every package it opens; styles, themes, images are never loaded by the reader.
    private static bool IsPackageDescription(string name) =>
        name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The footnotes and endnotes parts, wherever the main document's relationships put them: a
    /// hostile file can name them anything. Relationships are small, and scanned themselves first.
    /// </summary>
    private static IEnumerable<string> NotesOf(ZipArchive zip, string mainDocument)
    {
        // word/document.xml has its relationships in word/_rels/document.xml.rels.
        var slash = mainDocument.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : mainDocument[..slash];
        var relationships = zip.GetEntry((slash < 0 ? string.Empty : folder + "/") + "_rels/" + mainDocument[(slash + 1)..] + ".rels");
        if (relationships is null || relationships.Length > MaxRelationshipsBytes)
            return [];
        var notes = new List<string>();
        try
        {
            using var reader = XmlReader.Create(relationships.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship")
                    continue;
                var type = reader.GetAttribute("Type") ?? string.Empty;
                if (reader.GetAttribute("Target") is { } target
                    && (type.EndsWith("/footnotes", StringComparison.Ordinal) || type.EndsWith("/endnotes", StringComparison.Ordinal)))
                    notes.Add(Resolve(folder, target));
            }
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or UriFormatException)
        {
            // Broken relationships are the SDK's to report, when it opens the package.
        }

        return notes;
    }

    private static string Resolve(string folder, string target)
    {
        var uri = new Uri(new Uri("http://package/" + (folder.Length > 0 ? folder + "/" : string.Empty)), target);
        return Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
    }

}
