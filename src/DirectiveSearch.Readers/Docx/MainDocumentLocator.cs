using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace DirectiveSearch.Readers.Docx;

/// <summary>
/// Where a package keeps its main document. Word writes word/document.xml, but the package names the
/// part through its root relationships (_rels/.rels) and some producers choose another name; knowing
/// the real name lets a missing main part be reported as exactly that.
/// </summary>
internal static class MainDocumentLocator
{
    public const string Conventional = "word/document.xml";

    // Relationships are a few hundred bytes; anything near this is not a relationships part.
    private const long MaxRelationshipsBytes = 1024 * 1024;

    public static string Find(ZipArchive zip)
    {
        var relationships = zip.GetEntry("_rels/.rels");
        if (relationships is null || relationships.Length > MaxRelationshipsBytes)
            return Conventional;
        try
        {
            using var stream = relationships.Open();
            var target = XDocument.Load(stream).Root?.Elements()
                .Where(relationship => ((string?)relationship.Attribute("Type"))?.EndsWith("/officeDocument", StringComparison.Ordinal) == true)
                .Select(relationship => (string?)relationship.Attribute("Target"))
                .FirstOrDefault();
            return string.IsNullOrWhiteSpace(target) ? Conventional : Uri.UnescapeDataString(target.TrimStart('/'));
        }
        catch (XmlException)
        {
            // Broken relationships are reported by OpenXml when it opens the package.
            return Conventional;
        }
    }
}
